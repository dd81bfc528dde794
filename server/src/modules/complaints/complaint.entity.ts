import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Trigger, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { Channel } from '../channels/channel.entity.js';
import { ComplaintOutcome, ComplaintStage, NotAcceptedReason, OrderDecision, OriginAgency } from './complaint.enums.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/** The first day of the month of an instant, in Asia/Bangkok (the zone of every Thai government office). */
const monthOf = (instant: string) => `date_trunc('month', ${instant} at time zone 'Asia/Bangkok')::date`;
/** Whole days from receipt to closing (the close is the complaint's last event). */
const handlingDays = (row: string) => `ceil(extract(epoch from ${row}.last_event_at - ${row}.received_at) / 86400)::int`;
const handlingSeconds = (row: string) => `extract(epoch from ${row}.last_event_at - ${row}.received_at)`;

/** The stage a complaint is counted under: a voided one (recorded by mistake) as VOID, whatever its stage. */
const countedStage = (row: string) => `case when ${row}.voided_at is null then ${row}.stage else 'VOID' end`;

/**
 * R10: keeps the statistics' rollups current in the same transaction as the change: complaints by
 * month of receipt, channel, stage (VOID once voided), outcome and not-accepted reason; closed ones
 * by handling days; a voided complaint leaves the divisions' counts (unit_rollup). A correction of
 * receivedAt or the channel moves the complaint's counts, the divisions' too.
 */
const rollUp = `
  if tg_op = 'UPDATE' then
    if old.stage = new.stage and old.outcome is not distinct from new.outcome
       and old.not_accepted_reason is not distinct from new.not_accepted_reason
       and old.received_at = new.received_at and old.channel_code = new.channel_code
       and old.voided_at is not distinct from new.voided_at and old.origin_agency is not distinct from new.origin_agency then
      return null;
    end if;
    if old.received_at <> new.received_at or old.voided_at is distinct from new.voided_at then
      if old.voided_at is null then
        update unit_rollup u set complaints = u.complaints - 1
          from complaint_unit cu
         where cu.complaint_id = old.id and u.organisation_code = old.organisation_code and u.division_code = cu.division_code and u.month = ${monthOf('old.received_at')};
      end if;
      if new.voided_at is null then
        insert into unit_rollup (organisation_code, month, division_code, complaints)
        select new.organisation_code, ${monthOf('new.received_at')}, cu.division_code, 1 from complaint_unit cu where cu.complaint_id = new.id
        on conflict (organisation_code, month, division_code) do update set complaints = unit_rollup.complaints + 1;
      end if;
    end if;
    update complaint_rollup set complaints = complaints - 1
     where organisation_code = old.organisation_code and month = ${monthOf('old.received_at')} and channel_code = old.channel_code and stage = ${countedStage('old')}
       and outcome = coalesce(old.outcome, '') and reason = coalesce(old.not_accepted_reason, '')
       and origin = coalesce(old.origin_agency, '');
    if old.stage = 'CLOSED' and old.voided_at is null then
      update handling_rollup set complaints = complaints - 1, total_seconds = total_seconds - ${handlingSeconds('old')}
       where organisation_code = old.organisation_code and month = ${monthOf('old.received_at')} and days = ${handlingDays('old')};
    end if;
  end if;
  insert into complaint_rollup (organisation_code, month, channel_code, stage, outcome, reason, origin, complaints)
  values (new.organisation_code, ${monthOf('new.received_at')}, new.channel_code, ${countedStage('new')}, coalesce(new.outcome, ''), coalesce(new.not_accepted_reason, ''), coalesce(new.origin_agency, ''), 1)
  on conflict (organisation_code, month, channel_code, stage, outcome, reason, origin) do update set complaints = complaint_rollup.complaints + 1;
  if new.stage = 'CLOSED' and new.voided_at is null then
    insert into handling_rollup (organisation_code, month, days, complaints, total_seconds)
    values (new.organisation_code, ${monthOf('new.received_at')}, ${handlingDays('new')}, 1, ${handlingSeconds('new')})
    on conflict (organisation_code, month, days) do update
      set complaints = handling_rollup.complaints + 1, total_seconds = handling_rollup.total_seconds + excluded.total_seconds;
  end if;
  return null;`;

/**
 * A complaint (เรื่องร้องเรียน) and its current state. The history lives in complaint_event; the
 * columns here are what the latest events left behind, so reads need no replay.
 */
@Entity({ tableName: 'complaint', policies: [bodyRows] })
@Trigger({ name: 'roll_up', timing: 'after', events: ['insert', 'update'], forEach: 'row', body: rollUp })
@Unique({ properties: ['organisationCode', 'receiptYear', 'receiptSeq'] })
@Index({ properties: ['receivedAt'] })
// NEW_COMPLAINT alerts replayed to clients that (re)connect: the complaints recorded lately.
@Index({ properties: ['recordedAt'] })
// The board reads complaints by stage, oldest receipt first.
@Index({ properties: ['organisationCode', 'stage', 'receivedAt'] })
@Check({ name: 'complaint_version_positive', expression: 'version >= 1' })
export class Complaint {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** R5 receipt block: `receiptSeq/receiptYear`, the year in the Buddhist Era. */
  @Property({ type: 'smallint' })
  receiptYear!: number;

  @Property({ type: 'integer' })
  receiptSeq!: number;

  @Enum({ items: () => ComplaintStage, type: 'text' })
  stage: ComplaintStage = ComplaintStage.RECEIVED;

  /** Optimistic concurrency: every change adds 1; a move names the version it saw. */
  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @ManyToOne(() => Channel, { joinColumns: ['organisation_code', 'channel_code'] })
  channel!: Channel;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  details!: string;

  @Property({ type: 'text', nullable: true })
  requestedAction: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  incidentAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  incidentPlace: string | null = null;

  /** No complainant given (บัตรสนเท่ห์). */
  @Property({ type: 'boolean' })
  anonymous!: boolean;

  /** The complainant left a way to reach them: the notice rules apply only then. */
  @Property({ type: 'boolean' })
  hasContact!: boolean;

  /** R2.1: number in the SAO's incoming-document register. */
  @Property({ type: 'text', nullable: true })
  registerNumber: string | null = null;

  /** R2.2: number in the Center's complaint register. */
  @Property({ type: 'text', nullable: true })
  centerRegisterNumber: string | null = null;

  @Enum({ items: () => OrderDecision, type: 'text', nullable: true })
  decision: OrderDecision | null = null;

  @Enum({ items: () => NotAcceptedReason, type: 'text', nullable: true })
  notAcceptedReason: NotAcceptedReason | null = null;

  @Property({ type: 'text', nullable: true })
  orderNote: string | null = null;

  @Enum({ items: () => ComplaintOutcome, type: 'text', nullable: true })
  outcome: ComplaintOutcome | null = null;

  @Property({ type: 'text', nullable: true })
  findings: string | null = null;

  /** Instant of the latest event: a backdated move may not precede it. */
  @Property({ type: 'timestamptz' })
  lastEventAt!: Date;

  /**
   * Contract, "Corrections and the register": when a complaint recorded by mistake was voided, and
   * why. It stays in the register (marked void) and the statistics (counted as void), never deleted;
   * it leaves the board, its clocks stop and no move may be made on it.
   */
  @Property({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  voidReason: string | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  recordedBy: User | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();

  /** Issue 13, item 4: when it was sent on to the agency it belongs to (referral.entity.ts). */
  @Property({ type: 'timestamptz', nullable: true })
  referredAt: Date | null = null;

  /** Issue 13, item 4: a complaint another body on this deployment referred here: that body and its receipt number. */
  @Property({ type: 'text', nullable: true })
  originOrganisationCode: string | null = null;

  @Property({ type: 'text', nullable: true })
  originReceiptNumber: string | null = null;

  /** Issue 13, item 4: an agency outside this deployment it came from, and that agency's reference number. */
  @Enum({ items: () => OriginAgency, type: 'text', nullable: true })
  originAgency: OriginAgency | null = null;

  @Property({ type: 'text', nullable: true })
  originReference: string | null = null;

  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;
}
