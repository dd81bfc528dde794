import type { EntityManager } from '@mikro-orm/postgresql';
import { ALL_ORGANISATIONS, currentOrganisation, inOrganisation } from '../../db/organisation-scope.js';
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
  officeCode: null,
  fax: null,
  email: null,
  parentCode: null,
  emblemMediaType: null,
  emblemDataUrl: null,
  signers: [],
  secondFactorRequired: false,
  timeZone: 'Asia/Bangkok',
  officeHours: [],
};

/** One body's small tables, as read at start and after each change. */
interface BodyReference {
  channels: Map<string, Channel>;
  divisions: Map<string, Division>;
  deadlineRules: Map<string, DeadlineRule>;
  organisation: OrganisationProfile;
}

const emptyBody: BodyReference = { channels: new Map(), divisions: new Map(), deadlineRules: new Map(), organisation: nobody };

/**
 * Channels, divisions, the statutory rules and the profile of every body on the deployment: small
 * tables that only set-up and the administration screens change. They are read at start and again
 * after each such change (`reload`), so that resolving a card's channel or a complaint's units keeps
 * out of every query's statement count (a board's deadlines name their rule by code; issue 15, item 1).
 *
 * Issue 13: each body has its own. Every accessor answers for the body the caller's work runs in
 * (db/organisation-scope.ts); outside a body (a job, the command line) for the only body, while
 * there is one.
 */
export class ReferenceData {
  #bodies = new Map<string, BodyReference>();
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
    const [channels, divisions, rules, organisations] = await inOrganisation(ALL_ORGANISATIONS, () =>
      Promise.all([
        em.fork().find(Channel, {}, { orderBy: { position: 'asc' } }),
        em.fork().find(Division, {}, { orderBy: { position: 'asc' } }),
        em.fork().find(DeadlineRule, {}, { orderBy: { position: 'asc' } }),
        em.fork().find(Organisation, {}, { orderBy: { code: 'asc' }, populate: ['emblem'] }),
      ]),
    );
    if (generation < this.#applied) return;
    this.#applied = generation;
    const bodies = new Map<string, BodyReference>();
    for (const row of organisations)
      bodies.set(row.code, { channels: new Map(), divisions: new Map(), deadlineRules: new Map(), organisation: profileOf(row) });
    for (const channel of channels) bodies.get(channel.organisationCode)?.channels.set(channel.code, channel);
    for (const division of divisions) bodies.get(division.organisationCode)?.divisions.set(division.code, division);
    for (const rule of rules) bodies.get(rule.organisationCode)?.deadlineRules.set(rule.code, rule);
    this.#bodies = bodies;
  }

  /** The body the current work runs in; the only one outside a body's scope. */
  get #body(): BodyReference {
    const code = currentOrganisation();
    if (code === ALL_ORGANISATIONS) return this.#bodies.size === 1 ? this.#bodies.values().next().value! : emptyBody;
    return this.#bodies.get(code) ?? emptyBody;
  }

  /** Every body on the deployment, by code (oversight, the public form's choice of body). */
  get organisations(): OrganisationProfile[] {
    return [...this.#bodies.values()].map((body) => body.organisation);
  }

  organisationByCode(code: string): OrganisationProfile | null {
    return this.#bodies.get(code)?.organisation ?? null;
  }

  get channels(): ReadonlyMap<string, Channel> {
    return this.#body.channels;
  }

  get divisions(): ReadonlyMap<string, Division> {
    return this.#body.divisions;
  }

  get deadlineRules(): ReadonlyMap<string, DeadlineRule> {
    return this.#body.deadlineRules;
  }

  /** Null until the body is set up (contract: `organisation` is null then). */
  get organisationOrNull(): OrganisationProfile | null {
    const body = this.#body;
    return body === emptyBody ? null : body.organisation;
  }

  /** The body every document names; blank before set-up. */
  get organisation(): OrganisationProfile {
    return this.#body.organisation;
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
