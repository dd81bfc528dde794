import type { EntityManager } from '@mikro-orm/postgresql';
import { isoInstant, rows, sql, type RawBuilder } from '../../db/sql.js';
import type { SessionUser } from '../auth/session-user.js';
import { deadlineStatus } from '../deadlines/deadline.sql.js';
import type { DeadlineStatus } from '../deadlines/deadline.enums.js';
import type { DeadlineView } from '../deadlines/deadline.views.js';
import { visibleTo } from './complaint-access.js';
import { ComplaintStage } from './complaint.enums.js';
import { workflowColumns } from './complaint.queries.js';
import type { ComplaintView } from './complaint.views.js';

/** The columns a finished complaint stays in (issue 15, item 1: bounded to a fiscal year by default). */
export const finishedStages: readonly ComplaintStage[] = [ComplaintStage.CLOSED, ComplaintStage.NOT_ACCEPTED];

/** The finished columns (CLOSED, NOT_ACCEPTED) hold the complaints whose last event is in [from, to). */
export interface BoardWindow {
  from: Date;
  to: Date;
}

/** One page of one column: the first `first` cards after the card `after` (an id), in the column's order. */
export interface BoardPageRequest {
  stage: ComplaintStage;
  first: number;
  after: string | null;
}

export interface BoardPage {
  total: number;
  complaints: ComplaintView[];
}

/**
 * The long texts a card does not show; read only when the query asks for them, so that a board
 * of 400 cards carries 400 subjects and not 400 complaints.
 */
const longTexts = {
  details: sql`c.details`,
  requestedAction: sql`c.requested_action`,
  incidentPlace: sql`c.incident_place`,
  orderNote: sql`c.order_note`,
  findings: sql`c.findings`,
} as const satisfies Record<string, RawBuilder<unknown>>;

export type BoardLongText = keyof typeof longTexts;
export const boardLongTexts = Object.keys(longTexts) as BoardLongText[];

/** A deadline as the board's statement sends it: rule code, started, due, due soon, met, status. */
type DeadlineTuple = [string, string | null, string | null, string | null, string | null, DeadlineStatus];

interface BoardRow extends Omit<ComplaintView, 'deadlines'> {
  request: number;
  total: number;
  /** JSON arrays, which the driver parses natively (a PostgreSQL array of instants is parsed in JavaScript). */
  deadlineTuples: DeadlineTuple[] | null;
}

/** The card's deadlines: the rule's code, the instants as the API sends them, the status. */
function deadlinesOf(row: BoardRow): DeadlineView[] {
  // Instants stay as their wire text (db/sql.ts, isoInstant); the API's scalar sends them as they are.
  return (row.deadlineTuples ?? []).map(([code, startedAt, dueAt, dueSoonAt, metAt, status]) => ({
    rule: { code },
    startedAt: startedAt as unknown as Date | null,
    dueAt: dueAt as unknown as Date | null,
    dueSoonAt: dueSoonAt as unknown as Date | null,
    metAt: metAt as unknown as Date | null,
    status,
  }));
}

/**
 * Issue 15, item 1: pages of board columns in one statement, whatever their number. For each
 * requested page, the count of the column (what the caller may see in that stage, off the board if
 * voided; the finished columns only with a last event in `finishedIn`) and its first cards after
 * the cursor, oldest receipt first, with the card's fields only: its own columns but the long texts
 * nobody asked for, what the workflow's rules read (availableMoves) and each deadline's rule code,
 * due instants and status. The rule objects are the reference data's.
 */
export async function findBoardPages(
  em: EntityManager,
  user: SessionUser,
  finishedIn: BoardWindow,
  requests: readonly BoardPageRequest[],
  texts: ReadonlySet<BoardLongText>,
): Promise<BoardPage[]> {
  const found = await rows(em, boardPagesQuery(user, finishedIn, requests, texts));
  const pages: BoardPage[] = requests.map(() => ({ total: 0, complaints: [] }));
  for (const row of found) {
    const page = pages[row.request - 1]!;
    page.total = row.total;
    if (!row.id) continue;
    const { request: _r, total: _t, deadlineTuples: _d, ...card } = row;
    page.complaints.push({ ...card, deadlines: deadlinesOf(row) } as ComplaintView);
  }
  return pages;
}

/** The statement of `findBoardPages` (also replayed bare by `npm run bench:board`). */
export function boardPagesQuery(
  user: SessionUser,
  finishedIn: BoardWindow,
  requests: readonly BoardPageRequest[],
  texts: ReadonlySet<BoardLongText>,
): RawBuilder<BoardRow> {
  const stages = requests.map((request) => request.stage);
  const wanted = sql`unnest(${stages}::text[], ${requests.map((r) => r.first)}::int[], ${requests.map((r) => r.after)}::uuid[])
                       with ordinality as w(stage, first, after, request)`;
  const selectedTexts = boardLongTexts.filter((text) => texts.has(text)).map((text) => sql`${longTexts[text]} as ${sql.ref(text)}`);
  const instant = (column: string) => isoInstant(sql.ref(`d.${column}`));
  return sql<BoardRow>`
    with visible as materialized (
      select c.id, c.stage, c.received_at, c.receipt_year, c.receipt_seq
        from complaint c
       where ${visibleTo(user)} and c.voided_at is null and c.stage = any(${stages}::text[])
         and (c.stage <> all(${finishedStages}::text[]) or (c.last_event_at >= ${finishedIn.from} and c.last_event_at < ${finishedIn.to}))
    ), totals as (
      select v.stage, count(*)::int as total from visible v group by v.stage
    )
    select w.request::int as request, coalesce(t.total, 0) as total,
           c.id, c.receipt_year as "receiptYear", c.receipt_seq as "receiptSeq", c.stage, c.version,
           ${isoInstant(sql`c.received_at`)} as "receivedAt", c.channel_code as "channelCode", c.subject,
           ${isoInstant(sql`c.incident_at`)} as "incidentAt", c.anonymous, c.has_contact as "hasContact",
           c.register_number as "registerNumber", c.center_register_number as "centerRegisterNumber", c.decision,
           c.not_accepted_reason as "notAcceptedReason", c.outcome, ${isoInstant(sql`c.last_event_at`)} as "lastEventAt",
           ${isoInstant(sql`c.recorded_at`)} as "recordedAt", false as voided, null as "voidedAt", null as "voidReason",
           c.referred_at is not null as referred, c.origin_organisation_code as "originOrganisationCode",
           c.origin_receipt_number as "originReceiptNumber", c.origin_agency as "originAgency", c.origin_reference as "originReference",
           ${sql.join([...selectedTexts, workflowColumns], sql`, `)},
           dl."deadlineTuples"
      from ${wanted}
      left join totals t on t.stage = w.stage
      left join lateral (
        select v.id from visible v
         where v.stage = w.stage
           and (w.after is null or (v.received_at, v.receipt_year, v.receipt_seq) >
                (select c.received_at, c.receipt_year, c.receipt_seq from complaint c where c.id = w.after and ${visibleTo(user)}))
         order by v.received_at, v.receipt_year, v.receipt_seq
         limit w.first
      ) page on true
      left join complaint c on c.id = page.id
      left join lateral (
        select json_agg(json_build_array(d.rule_code, ${instant('started_at')}, ${instant('due_at')}, ${instant('due_soon_at')},
                                         ${instant('met_at')}, ${deadlineStatus}) order by r.position) as "deadlineTuples"
          from deadline d join deadline_rule r on r.organisation_code = d.organisation_code and r.code = d.rule_code
         where d.complaint_id = c.id
      ) dl on c.id is not null
     order by w.request, c.received_at, c.receipt_year, c.receipt_seq`;
}
