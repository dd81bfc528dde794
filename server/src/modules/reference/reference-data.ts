import type { EntityManager } from '@mikro-orm/postgresql';
import { rows, sql } from '../../db/sql.js';

export interface CodeName {
  code: string;
  nameTh: string;
  nameEn: string;
}

/**
 * Channels, divisions and the organisation (name, address, time zone): small tables that only migrations and seeds
 * change, read once at start. Resolving a card's channel or a complaint's units from here keeps
 * them out of every query's statement count.
 */
export class ReferenceData {
  private constructor(
    readonly channels: Map<string, CodeName>,
    readonly divisions: Map<string, CodeName>,
    readonly organisation: { nameTh: string; nameEn: string; address: string; timeZone: string },
  ) {}

  get timeZone(): string {
    return this.organisation.timeZone;
  }

  static async load(em: EntityManager): Promise<ReferenceData> {
    const [channels, divisions, organisation] = await Promise.all([
      rows<CodeName>(em, sql`select code, name_th as "nameTh", name_en as "nameEn" from channel order by position`),
      rows<CodeName>(em, sql`select code, name_th as "nameTh", name_en as "nameEn" from division order by position`),
      rows<ReferenceData['organisation']>(
        em,
        sql`select name_th as "nameTh", name_en as "nameEn", address, time_zone as "timeZone" from organisation limit 1`,
      ),
    ]);
    return new ReferenceData(
      new Map(channels.map((channel) => [channel.code, channel])),
      new Map(divisions.map((division) => [division.code, division])),
      organisation[0] ?? { nameTh: '', nameEn: '', address: '', timeZone: 'Asia/Bangkok' },
    );
  }

  channel(code: string): CodeName {
    const channel = this.channels.get(code);
    if (!channel) throw new Error(`Unknown channel ${code}`);
    return channel;
  }

  division(code: string): CodeName {
    const division = this.divisions.get(code);
    if (!division) throw new Error(`Unknown division ${code}`);
    return division;
  }
}
