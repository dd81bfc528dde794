import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../db/sql.js';
import { Channel } from '../channels/channel.entity.js';
import { notifyLiveEvent } from '../live-events/notify-live-event.js';
import { DeadlineRule } from '../deadlines/deadline-rule.entity.js';
import { Division } from '../divisions/division.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';

/** The body as its documents print it, the emblem as a data: URL for the letterhead. */
export type OrganisationProfile = Omit<Organisation, 'emblem'> & { emblemDataUrl: string | null };

/** A database not set up yet: documents have nobody to name, office time is Bangkok's. */
const nobody: OrganisationProfile = {
  code: '',
  nameTh: '',
  nameEn: '',
  kind: 'SAO',
  address: '',
  phone: '',
  website: null,
  facebook: null,
  parentCode: null,
  emblemMediaType: null,
  emblemDataUrl: null,
  signers: [],
  secondFactorRequired: false,
  timeZone: 'Asia/Bangkok',
  officeHours: [],
};

/**
 * Channels, divisions, the statutory rules and the organisation's profile: small tables that only
 * set-up and the administration screens change. They are read at start and again after each such change
 * (`reload`), so that resolving a card's channel or a complaint's units keeps out of every query's
 * statement count (a board's deadlines name their rule by code; issue 15, item 1).
 */
export class ReferenceData {
  readonly channels = new Map<string, Channel>();
  readonly divisions = new Map<string, Division>();
  readonly deadlineRules = new Map<string, DeadlineRule>();
  #organisation: OrganisationProfile | null = null;
  /** Reloads started, and the latest applied: an older read that ends last never overwrites a newer one. */
  #started = 0;
  #applied = 0;

  private constructor() {}

  static async load(em: EntityManager): Promise<ReferenceData> {
    const reference = new ReferenceData();
    await reference.reload(em);
    return reference;
  }

  /** Reads the tables again, after set-up or an administrator's change (in this process). */
  async reload(em: EntityManager): Promise<void> {
    const generation = ++this.#started;
    const [channels, divisions, rules, organisations] = await Promise.all([
      em.fork().find(Channel, {}, { orderBy: { position: 'asc' } }),
      em.fork().find(Division, {}, { orderBy: { position: 'asc' } }),
      em.fork().find(DeadlineRule, {}, { orderBy: { position: 'asc' } }),
      em.fork().find(Organisation, {}, { limit: 1, populate: ['emblem'] }),
    ]);
    if (generation < this.#applied) return;
    this.#applied = generation;
    this.channels.clear();
    for (const channel of channels) this.channels.set(channel.code, channel);
    this.divisions.clear();
    for (const division of divisions) this.divisions.set(division.code, division);
    this.deadlineRules.clear();
    for (const rule of rules) this.deadlineRules.set(rule.code, rule);
    const row = organisations[0];
    this.#organisation = row ? profileOf(row) : null;
  }

  /** Null until the body is set up (contract: `organisation` is null then). */
  get organisationOrNull(): OrganisationProfile | null {
    return this.#organisation;
  }

  /** The body every document names; blank before set-up. */
  get organisation(): OrganisationProfile {
    return this.#organisation ?? nobody;
  }

  get timeZone(): string {
    return this.organisation.timeZone;
  }

  /** The channels the body uses, in the manual's order (contract: `channels` answers exactly those). */
  channelsInUse(): Channel[] {
    return [...this.channels.values()].filter((channel) => channel.inUse);
  }

  channel(code: string): Channel {
    const channel = this.channels.get(code);
    if (!channel) throw new Error(`Unknown channel ${code}`);
    return channel;
  }

  deadlineRule(code: string): DeadlineRule {
    const rule = this.deadlineRules.get(code);
    if (!rule) throw new Error(`Unknown deadline rule ${code}`);
    return rule;
  }

  division(code: string): Division {
    const division = this.divisions.get(code);
    if (!division) throw new Error(`Unknown division ${code}`);
    return division;
  }
}

function profileOf(row: Organisation): OrganisationProfile {
  const { emblem, ...profile } = row;
  const emblemDataUrl =
    emblem && row.emblemMediaType ? `data:${row.emblemMediaType};base64,${Buffer.from(emblem).toString('base64')}` : null;
  return { ...profile, emblemDataUrl };
}

/**
 * Tells every server process, when the caller's transaction commits, to read the reference data
 * again (live-event-hub.ts): an administrator's change on one replica, or `npm run setup` beside
 * a running app, reaches them all.
 */
export async function announceReferenceChange(em: EntityManager): Promise<void> {
  await sql`select ${notifyLiveEvent({ topic: 'reference' })}`.execute(em.getKysely());
}
