import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Trigger, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../auth/user.entity.js';
import { Channel } from '../channels/channel.entity.js';
import { ComplaintOutcome, ComplaintStage, NotAcceptedReason, OrderDecision } from './complaint.enums.js';

/**
 * A complaint (เรื่องร้องเรียน) and its current state. The history lives in complaint_event; the
 * columns here are what the latest events left behind, so reads need no replay.
 */
/**
 * R10: keeps complaint_rollup current in the same transaction as the change. Months are counted in
 * Asia/Bangkok, the zone of every Thai government office.
 */
const rollUp = `
  if tg_op = 'UPDATE' then
    if old.stage = new.stage and old.outcome is not distinct from new.outcome and old.received_at = new.received_at
       and old.channel_code = new.channel_code then
      return null;
    end if;
    update complaint_rollup set complaints = complaints - 1
     where month = date_trunc('month', old.received_at at time zone 'Asia/Bangkok')::date
       and channel_code = old.channel_code
       and state = case old.stage when 'CLOSED' then 'CLOSED' when 'NOT_ACCEPTED' then 'NOT_ACCEPTED' else 'IN_PROGRESS' end
       and outcome = coalesce(old.outcome, '');
  end if;
  insert into complaint_rollup (month, channel_code, state, outcome, complaints)
  values (date_trunc('month', new.received_at at time zone 'Asia/Bangkok')::date, new.channel_code,
          case new.stage when 'CLOSED' then 'CLOSED' when 'NOT_ACCEPTED' then 'NOT_ACCEPTED' else 'IN_PROGRESS' end,
          coalesce(new.outcome, ''), 1)
  on conflict (month, channel_code, state, outcome) do update set complaints = complaint_rollup.complaints + 1;
  return null;`;

@Entity({ tableName: 'complaint' })
@Trigger({ name: 'roll_up', timing: 'after', events: ['insert', 'update'], forEach: 'row', body: rollUp })
@Unique({ properties: ['receiptYear', 'receiptSeq'] })
@Index({ properties: ['receivedAt'] })
// The board reads complaints by stage, oldest receipt first.
@Index({ properties: ['stage', 'receivedAt'] })
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

  @ManyToOne(() => Channel, { fieldName: 'channel_code' })
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

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  recordedBy: User | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();
}
