import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, rows, sql, type RawBuilder } from '../../db/sql.js';
import { thaiDigitChars } from '../shared/input-checks.js';
import type { SessionUser } from '../auth/session-user.js';
import { deadlineDates, deadlinesColumn } from '../deadlines/deadline.sql.js';
import { identityVisibleTo, visibleTo } from './complaint-access.js';
import type { ComplaintRelations, ComplaintView } from './complaint.views.js';
import type { WorkflowState } from './workflow.js';

/** What the workflow's rules read besides the complaint's own columns (workflow.ts, MoveContext). */
export const workflowColumns = sql`
  array(select u.division_code from complaint_unit u join division d on d.organisation_code = u.organisation_code and d.code = u.division_code
         where u.complaint_id = c.id order by d.position) as "unitCodes",
  exists (select 1 from notice n where n.complaint_id = c.id and n.kind = 'RESULT') as "resultNoticeSent",
  array(select r.division_code from unit_report r where r.complaint_id = c.id) as "reportedUnitCodes"`;

/** The complaint's own columns, as the read model names them. */
const complaintColumns = sql`
  c.id, c.receipt_year as "receiptYear", c.receipt_seq as "receiptSeq", c.stage, c.version,
  c.received_at as "receivedAt", c.channel_code as "channelCode", c.subject, c.details,
  c.requested_action as "requestedAction", c.incident_at as "incidentAt", c.incident_place as "incidentPlace",
  c.anonymous, c.has_contact as "hasContact", c.register_number as "registerNumber",
  c.center_register_number as "centerRegisterNumber", c.decision, c.not_accepted_reason as "notAcceptedReason",
  c.order_note as "orderNote", c.outcome, c.findings, c.last_event_at as "lastEventAt", c.recorded_at as "recordedAt",
  c.voided_at is not null as voided, c.voided_at as "voidedAt", c.void_reason as "voidReason",
  c.referred_at is not null as referred, c.origin_organisation_code as "originOrganisationCode",
  c.origin_receipt_number as "originReceiptNumber", c.origin_agency as "originAgency", c.origin_reference as "originReference",
  ${workflowColumns},
  ${deadlinesColumn}`;

const officialJson = (alias: string) => sql`case when ${sql.ref(`${alias}.id`)} is null then null else jsonb_build_object(
  'id', ${sql.ref(`${alias}.id`)}, 'fullName', ${sql.ref(`${alias}.full_name`)},
  'position', ${sql.ref(`${alias}.position`)}, 'divisionCode', ${sql.ref(`${alias}.division_code`)}) end`;

/**
 * Everything else a complaint holds, one JSON value per relation, as correlated subqueries on `c`.
 * The complainant is selected only for callers allowed to see it (overriding rule 2, and an
 * investigator's approved request).
 */
function relationColumns(user: SessionUser) {
  return sql`
  (select jsonb_build_object('fullName', p.full_name, 'age', p.age, 'phone', p.phone, 'email', p.email,
              'address', jsonb_build_object('houseNumber', p.house_number, 'moo', p.moo, 'tambon', p.tambon,
                'amphoe', p.amphoe, 'changwat', p.changwat, 'postcode', p.postcode))
             from complainant p where p.complaint_id = c.id and ${identityVisibleTo(user)}) as complainant,
  (select coalesce(jsonb_agg(jsonb_build_object(
            'fullName', coalesce(a.full_name, o.full_name), 'position', coalesce(a.official_position, o.position),
            'unit', a.unit, 'official', ${officialJson('o')}, 'link', a.link) order by a.position), '[]')
     from accused a left join official o on o.id = a.official_id where a.complaint_id = c.id) as accused,
  (select coalesce(jsonb_agg(jsonb_build_object('description', e.description, 'copies', e.copies) order by e.position), '[]')
     from evidence e where e.complaint_id = c.id) as evidence,
  (select jsonb_build_object('orderNumber', k.order_number, 'appointedAt', k.appointed_at,
            'members', (select jsonb_agg(jsonb_build_object('fullName', m.full_name, 'role', m.role,
                          'official', ${officialJson('mo')}) order by m.position)
                          from committee_member m left join official mo on mo.id = m.official_id
                         where m.committee_id = k.id))
     from committee k where k.complaint_id = c.id) as committee,
  (select coalesce(jsonb_agg(jsonb_build_object('id', n.id, 'kind', n.kind, 'method', n.method, 'sentAt', n.sent_at,
            'outgoingNumber', n.outgoing_number, 'paragraphs', n.paragraphs)
            order by n.sent_at, n.id), '[]')
     from notice n where n.complaint_id = c.id) as notices,
  (select coalesce(jsonb_agg(jsonb_build_object('divisionCode', r.division_code, 'outcome', r.outcome, 'findings', r.findings,
            'at', r.at) order by r.at, d.position), '[]')
     from unit_report r join division d on d.organisation_code = r.organisation_code and d.code = r.division_code where r.complaint_id = c.id) as "unitReports",
  (select coalesce(jsonb_agg(jsonb_build_object('id', ev.id::text, 'kind', ev.kind, 'at', ev.at,
            'recordedAt', ev.recorded_at, 'actorName', au.display_name, 'data', ev.data) order by ev.at, ev.id), '[]')
     from complaint_event ev left join app_user au on au.id = ev.actor_id where ev.complaint_id = c.id) as events,
  (select coalesce(jsonb_agg(jsonb_build_object('at', k.at, 'reason', k.reason, 'fields', to_jsonb(k.fields), 'voided', k.voided,
            'actorName', ku.display_name,
            -- Overriding rule 2: the complainant's before and after only to those who may see the complainant.
            'changes', k.changes || case when ${identityVisibleTo(user)} then k.identity_changes
              else (select coalesce(jsonb_agg(jsonb_build_object('field', x->>'field', 'before', null, 'after', null, 'hidden', true)), '[]')
                      from jsonb_array_elements(k.identity_changes) x) end) order by k.at, k.id), '[]')
     from complaint_correction k left join app_user ku on ku.id = k.actor_id where k.complaint_id = c.id) as corrections`;
}

type ComplaintRow = ComplaintView & Partial<ComplaintRelations>;

/** JSON carries instants as strings; the API's DateTimeISO wants Dates. */
function withDates(row: ComplaintRow): ComplaintView {
  row.receivedAt = new Date(row.receivedAt);
  row.lastEventAt = new Date(row.lastEventAt);
  row.recordedAt = new Date(row.recordedAt);
  if (row.incidentAt) row.incidentAt = new Date(row.incidentAt);
  if (row.voidedAt) row.voidedAt = new Date(row.voidedAt);
  for (const correction of row.corrections ?? []) correction.at = new Date(correction.at);
  deadlineDates(row.deadlines);
  for (const event of row.events ?? []) {
    event.at = new Date(event.at);
    event.recordedAt = new Date(event.recordedAt);
  }
  for (const notice of row.notices ?? []) notice.sentAt = new Date(notice.sentAt);
  for (const report of row.unitReports ?? []) report.at = new Date(report.at);
  if (row.committee) row.committee.appointedAt = new Date(row.committee.appointedAt);
  return row;
}

/** One complaint with all it holds, if the user may see it: one statement. */
export async function findComplaint(em: EntityManager, user: SessionUser, id: string): Promise<ComplaintView | undefined> {
  const row = await firstRow<ComplaintRow>(
    em,
    sql`select ${complaintColumns}, ${relationColumns(user)}
          from complaint c where c.id = ${id}::uuid and ${visibleTo(user)}`,
  );
  return row && withDates(row);
}

/** The relations of several complaints the user may see, for fields the board did not load. */
export async function findComplaintRelations(
  em: EntityManager,
  user: SessionUser,
  ids: readonly string[],
): Promise<Map<string, ComplaintRelations>> {
  const found = await rows<ComplaintRow>(
    em,
    sql`select ${complaintColumns}, ${relationColumns(user)}
          from complaint c where c.id = any(${ids}::uuid[]) and ${visibleTo(user)}`,
  );
  return new Map(found.map((row) => [row.id, withDates(row) as ComplaintView & ComplaintRelations]));
}

/**
 * The complaint register (R7): every complaint the user may see, received in [from, to) if given,
 * with all it holds (identity only for those allowed), in order of receipt: one statement.
 */
export async function findRegister(
  em: EntityManager,
  user: SessionUser,
  period?: { from: Date; to: Date },
): Promise<(ComplaintView & ComplaintRelations)[]> {
  const found = await rows<ComplaintRow>(
    em,
    sql`select ${complaintColumns}, ${relationColumns(user)}
          from complaint c
         where ${visibleTo(user)} ${period ? sql`and c.received_at >= ${period.from} and c.received_at < ${period.to}` : sql``}
         order by c.receipt_year, c.receipt_seq`,
  );
  return found.map(withDates) as (ComplaintView & ComplaintRelations)[];
}

/** What a move needs to know about the complaint before it is made (workflow.ts). */
export interface MovingComplaint extends WorkflowState {
  id: string;
  version: number;
  lastEventAt: Date;
}

export async function findWorkflowState(em: EntityManager, user: SessionUser, id: string): Promise<MovingComplaint | undefined> {
  return firstRow<MovingComplaint>(
    em,
    sql`select c.id, c.stage, c.version, c.last_event_at as "lastEventAt", c.has_contact as "hasContact", c.anonymous,
               c.voided_at is not null as voided, c.not_accepted_reason as "notAcceptedReason", c.outcome,
               c.referred_at is not null as referred, ${workflowColumns},
               (select coalesce(jsonb_agg(jsonb_build_object('divisionCode', r.division_code, 'outcome', r.outcome,
                         'findings', r.findings)), '[]')
                  from unit_report r where r.complaint_id = c.id) as "unitReports"
          from complaint c where c.id = ${id}::uuid and ${visibleTo(user)}`,
  );
}

/** What the register may be narrowed to (contract, "Corrections and the register"). */
export interface RegisterFilter {
  /** Already normalised (westernDigits, trimmed); null for none. */
  search: string | null;
  /** A receipt number the search reads as one: `12` or `12/2569`. */
  receipt: { seq: number; year: number | null } | null;
  stage: string | null;
  period: { from: Date; to: Date } | null;
  channel: string | null;
  division: string | null;
  overdue: boolean | null;
  /** Issue 13: complaints from this agency outside the deployment. */
  originAgency?: string | null;
}

/** Where a page starts: after the complaint with this receipt instant (as PostgreSQL wrote it) and id. */
export interface RegisterCursor {
  receivedAt: string;
  id: string;
}

export type RegisterRow = ComplaintView & { cursorAt: string };

const digitsOf = (column: RawBuilder<unknown>) => sql`lower(translate(${column}, ${thaiDigitChars}, '0123456789'))`;

/**
 * R7, the register as a connection: a page of the complaints the user may see (the board's access
 * predicate, visibleTo: one definition of the rules), newest receipt first, ties by id, and how many
 * the filter matches in all: one statement. The search matches the receipt number, the SAO's and the
 * Center's register numbers, the subject and the accused's names and positions; the complainant's
 * name only where the user may see the complainant (identityVisibleTo), so that an identity is never
 * found through the search by anyone who may not read it.
 */
export async function findRegisterPage(
  em: EntityManager,
  user: SessionUser,
  filter: RegisterFilter,
  first: number,
  after: RegisterCursor | null,
): Promise<{ totalCount: number; rows: RegisterRow[] }> {
  const conditions: RawBuilder<unknown>[] = [visibleTo(user)];
  if (filter.stage) conditions.push(sql`c.stage = ${filter.stage}`);
  if (filter.period) conditions.push(sql`c.received_at >= ${filter.period.from} and c.received_at < ${filter.period.to}`);
  if (filter.channel) conditions.push(sql`c.channel_code = ${filter.channel}`);
  if (filter.originAgency) conditions.push(sql`c.origin_agency = ${filter.originAgency}`);
  if (filter.division) {
    conditions.push(sql`exists (select 1 from complaint_unit fu where fu.complaint_id = c.id and fu.division_code = ${filter.division})`);
  }
  if (filter.overdue !== null) {
    const overdue = sql`exists (select 1 from deadline od where od.complaint_id = c.id and od.status = 'PENDING' and od.due_at < now())`;
    conditions.push(filter.overdue ? overdue : sql`not ${overdue}`);
  }
  if (filter.search) {
    const term = filter.search.toLowerCase();
    const has = (column: RawBuilder<unknown>) => sql`strpos(${digitsOf(column)}, ${term}) > 0`;
    const matches: RawBuilder<unknown>[] = [
      has(sql`c.subject`),
      has(sql`coalesce(c.register_number, '')`),
      has(sql`coalesce(c.center_register_number, '')`),
      sql`exists (select 1 from accused sa left join official so on so.id = sa.official_id where sa.complaint_id = c.id
                   and (${has(sql`coalesce(sa.full_name, so.full_name, '')`)} or ${has(sql`coalesce(sa.official_position, so.position, '')`)}))`,
      sql`(${identityVisibleTo(user)} and exists (select 1 from complainant sp where sp.complaint_id = c.id and ${has(sql`sp.full_name`)}))`,
    ];
    if (filter.receipt) {
      matches.push(
        filter.receipt.year === null
          ? sql`c.receipt_seq = ${filter.receipt.seq}`
          : sql`(c.receipt_seq = ${filter.receipt.seq} and c.receipt_year = ${filter.receipt.year})`,
      );
    }
    conditions.push(sql`(${sql.join(matches, sql` or `)})`);
  }
  const where = sql.join(conditions, sql` and `);
  const found = await rows<RegisterRow & { totalCount: number }>(
    em,
    sql`with matching as materialized (select c.id, c.received_at from complaint c where ${where}),
         page as (select m.id from matching m
                   ${after ? sql`where (m.received_at, m.id) < (${after.receivedAt}::timestamptz, ${after.id}::uuid)` : sql``}
                   order by m.received_at desc, m.id desc limit ${first + 1})
        select t.total as "totalCount", p.*
          from (select count(*)::int as total from matching) t
          left join lateral (select ${complaintColumns},
                                    to_char(c.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "cursorAt"
                               from page join complaint c on c.id = page.id) p on true
         order by p."receivedAt" desc, p.id desc`,
  );
  const totalCount = found[0]?.totalCount ?? 0;
  return { totalCount, rows: found.filter((row) => row.id).map((row) => withDates(row) as RegisterRow) };
}
