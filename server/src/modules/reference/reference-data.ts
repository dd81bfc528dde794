import type { EntityManager } from '@mikro-orm/postgresql';
import { Channel } from '../channels/channel.entity.js';
import { Division } from '../divisions/division.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';

/**
 * Channels, divisions and the organisation (name, address, time zone): small tables that only migrations and seeds
 * change, read once at start. Resolving a card's channel or a complaint's units from here keeps
 * them out of every query's statement count.
 */
export class ReferenceData {
  private constructor(
    readonly channels: Map<string, Channel>,
    readonly divisions: Map<string, Division>,
    readonly organisation: { nameTh: string; nameEn: string; address: string; timeZone: string },
  ) {}

  get timeZone(): string {
    return this.organisation.timeZone;
  }

  static async load(em: EntityManager): Promise<ReferenceData> {
    const [channels, divisions, organisation] = await Promise.all([
      em.find(Channel, {}, { orderBy: { position: 'asc' } }),
      em.find(Division, {}, { orderBy: { position: 'asc' } }),
      em.find(Organisation, {}, { limit: 1 }),
    ]);
    return new ReferenceData(
      new Map(channels.map((channel) => [channel.code, channel])),
      new Map(divisions.map((division) => [division.code, division])),
      organisation[0] ?? { nameTh: '', nameEn: '', address: '', timeZone: 'Asia/Bangkok' },
    );
  }

  channel(code: string): Channel {
    const channel = this.channels.get(code);
    if (!channel) throw new Error(`Unknown channel ${code}`);
    return channel;
  }

  division(code: string): Division {
    const division = this.divisions.get(code);
    if (!division) throw new Error(`Unknown division ${code}`);
    return division;
  }
}
