import type { EntityManager } from '@mikro-orm/postgresql';
import { rows, sql } from '../../db/sql.js';
import type { SessionUser } from '../auth/session-user.js';
import { seesIdentity, visibleTo } from '../complaints/complaint-access.js';
import type {
  ComplaintOutcome,
  ComplaintStage,
  NotAcceptedReason,
  NoticeKind,
  NoticeMethod,
  OriginAgency,
} from '../complaints/complaint.enums.js';

/** A fiscal year's [from, to) as instants (reports/fiscal-year.ts). */
export interface Period {
  from: Date;
  to: Date;
}

/** What the complainant's name costs to read: only for those who may see it (overriding rule 2, R5). */
const complainantName = (user: SessionUser) =>
  seesIdentity(user) ? sql`(select p.full_name from complainant p where p.complaint_id = c.id)` : sql`null::text`;

/** One letter of the SAO's ทะเบียนหนังสือรับ: a complaint received in the fiscal year. */
export interface ReceivedLetter {
  id: string;
  receiptSeq: number;
  receiptYear: number;
  receivedAt: Date;
  channelCode: string;
  subject: string;
  stage: ComplaintStage;
  outcome: ComplaintOutcome | null;
  notAcceptedReason: NotAcceptedReason | null;
  voided: boolean;
  anonymous: boolean;
  registerNumber: string | null;
  originAgency: OriginAgency | null;
  originReference: string | null;
  originOrganisationCode: string | null;
  originReceiptNumber: string | null;
  /** Null for a reader who may not see it, and when there is none. */
  complainantName: string | null;
}

/**
 * Issue 14, item 5: the complaints of the caller's body received in the period, that the caller
 * may see (the accused rule: `visibleTo`), in receipt-number order: one statement.
 */
export async function receivedLetters(em: EntityManager, user: SessionUser, period: Period): Promise<ReceivedLetter[]> {
  const found = await rows<ReceivedLetter>(
    em,
    sql`select c.id, c.receipt_seq as "receiptSeq", c.receipt_year as "receiptYear", c.received_at as "receivedAt",
               c.channel_code as "channelCode", c.subject, c.stage, c.outcome, c.not_accepted_reason as "notAcceptedReason",
               c.voided_at is not null as voided, c.anonymous, c.register_number as "registerNumber",
               c.origin_agency as "originAgency", c.origin_reference as "originReference",
               c.origin_organisation_code as "originOrganisationCode", c.origin_receipt_number as "originReceiptNumber",
               ${complainantName(user)} as "complainantName"
          from complaint c
         where c.organisation_code = ${user.organisationCode} and ${visibleTo(user)}
           and c.received_at >= ${period.from} and c.received_at < ${period.to}
         order by c.receipt_year, c.receipt_seq`,
  );
  return found.map((row) => ({ ...row, receivedAt: new Date(row.receivedAt) }));
}

/** One letter of the ทะเบียนหนังสือส่ง: a notice to a complainant, or a referral letter to an agency. */
export interface SentLetter {
  kind: 'NOTICE' | 'REFERRAL';
  number: string;
  sentAt: Date;
  noticeKind: NoticeKind | null;
  method: NoticeMethod | null;
  /** A referral's agency: a body's code on this deployment, or the name of one outside it. */
  toOrganisationCode: string | null;
  /** A referral received by a body here: the number it was received under. */
  receivedAs: string | null;
  complaintId: string;
  receiptSeq: number;
  receiptYear: number;
  anonymous: boolean;
  /** The addressee of a notice, for a reader who may see it. */
  complainantName: string | null;
}

/**
 * Issue 14, item 5: the letters of the caller's body sent in the period, of complaints the caller
 * may see: each notice with its outgoing number (notice.effects.ts, `outgoingNumberCte`) and each
 * referral letter (move-effects.ts), in the order of the outgoing register (its B.E. year, then
 * its running number); a referral numbered by the clerk outside the register comes after, by
 * date. One statement.
 */
export async function sentLetters(em: EntityManager, user: SessionUser, period: Period): Promise<SentLetter[]> {
  const found = await rows<SentLetter>(
    em,
    sql`with letters as (
          select 'NOTICE' as kind, n.outgoing_number as number, n.sent_at as "sentAt", n.kind as "noticeKind", n.method,
                 null::text as "toOrganisationCode", null::text as "receivedAs", n.id as "letterId", n.complaint_id
            from notice n
           where n.organisation_code = ${user.organisationCode} and n.outgoing_number is not null
             and n.sent_at >= ${period.from} and n.sent_at < ${period.to}
          union all
          select 'REFERRAL', r.letter_number, r.referred_at, null, null, r.to_organisation_code, r.received_as, r.id, r.complaint_id
            from referral r
           where r.organisation_code = ${user.organisationCode}
             and r.referred_at >= ${period.from} and r.referred_at < ${period.to})
        select l.kind, l.number, l."sentAt", l."noticeKind", l.method, l."toOrganisationCode", l."receivedAs",
               c.id as "complaintId", c.receipt_seq as "receiptSeq", c.receipt_year as "receiptYear", c.anonymous,
               case when l.kind = 'NOTICE' then ${complainantName(user)} end as "complainantName"
          from letters l join complaint c on c.id = l.complaint_id
         where ${visibleTo(user)}
         order by case when l.number ~ '^[0-9]+/[0-9]+$' then split_part(l.number, '/', 2)::int end nulls last,
                  case when l.number ~ '^[0-9]+/[0-9]+$' then split_part(l.number, '/', 1)::int end nulls last,
                  l."sentAt", l."letterId"`,
  );
  return found.map((row) => ({ ...row, sentAt: new Date(row.sentAt) }));
}
