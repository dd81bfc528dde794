import type { EntityManager } from '@mikro-orm/postgresql';
import { currentBody } from '../../db/organisation-scope.js';
import { firstRow, sql, type RawBuilder } from '../../db/sql.js';
import { badInput } from '../shared/domain-error.js';
import { ComplaintOutcome, ComplaintStage, NotAcceptedReason, OriginAgency } from '../complaints/complaint.enums.js';
import type { DeadlineRule } from '../deadlines/deadline-rule.entity.js';
import { ruleJson } from '../deadlines/deadline.sql.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { fiscalPeriod, type FiscalPeriod } from './fiscal-year.js';
import type { ComplaintStatistics, HandlingTime } from './statistics.types.js';

/** The rollups' stage of a voided complaint (complaint.entity.ts, countedStage). */
const voidStage = 'VOID';

/** Fiscal years the statistics answer for: B.E., so that a C.E. year given by mistake is refused. */
export const fiscalYearRange = { min: 2500, max: 2700 };

interface Aggregates {
  complaints: { month: string; channelCode: string; stage: string; outcome: string; reason: string; origin: string; n: number }[];
  units: { divisionCode: string; n: number }[];
  handling: { days: number; n: number; seconds: number }[];
  settled: { ruleCode: string; status: string; n: number }[];
  open: { ruleCode: string; overdue: number; pending: number }[];
  rules: DeadlineRule[];
}

const monthOf = (column: string) => sql`date_trunc('month', ${sql.ref(column)} at time zone 'Asia/Bangkok')::date`;

/**
 * One statement over the rollups (and the open deadlines, found by a partial index): its cost grows
 * with the number of months, channels and rules, not with the number of complaints.
 *
 * Issue 9, item 3: aggregates shown to a caller never count a complaint that accuses the caller
 * (overriding rule 1 applied to counts). With `excludingAccused` (the caller's official), the
 * complaints of the period that name that official are found through the accused index, and each
 * one's share of every rollup is taken away again, computed exactly as the rollup triggers add it:
 * the caller's figures are those of the complaints the caller may see, and the statement still
 * reads the rollups, not every complaint.
 */
export function statisticsQuery(
  period: FiscalPeriod,
  excludingAccused: string | null = null,
  bodies: string | readonly string[] | undefined = currentBody(),
) {
  // Issue 13: one body's figures (row-level security is the second wall), or the sum of the bodies
  // an overseer reads; every body's in the system scope. The rules named are the first body's
  // (every body starts from the manual's, by the same codes).
  const codes = bodies === undefined ? undefined : typeof bodies === 'string' ? [bodies] : [...bodies];
  // Many bodies (an overseer's): a hashed semi-join, not a scan of the list for every row.
  const ofBody =
    codes === undefined
      ? sql`true`
      : codes.length === 1
        ? sql`organisation_code = ${codes[0]}`
        : sql`organisation_code in (select unnest(${codes}::text[]))`;
  const ofRules = codes === undefined ? sql`true` : sql`organisation_code = ${codes[0] ?? ''}`;
  const inPeriod = sql`${ofBody} and month between ${period.firstMonth}::date and ${period.lastMonth}::date`;
  const hidden = excludingAccused
    ? sql`with hidden as (
            select c.* from complaint c
             where ${ofBody} and c.received_at >= ${period.from} and c.received_at < ${period.to}
               and exists (select 1 from accused a where a.complaint_id = c.id and a.official_id = ${excludingAccused}::uuid))`
    : sql``;
  const hiddenShare = (share: RawBuilder<unknown>) => (excludingAccused ? sql`union all ${share}` : sql``);
  return sql<Aggregates>`
    ${hidden}
    select
      (select coalesce(jsonb_agg(x), '[]') from (
         select to_char(month, 'YYYY-MM') as month, channel_code as "channelCode", stage, outcome, reason, origin, sum(n)::int as n
           from (select month, channel_code, stage, outcome, reason, origin, complaints as n from complaint_rollup where ${inPeriod}
                 ${hiddenShare(sql`select ${monthOf('received_at')}, channel_code,
                                          case when voided_at is null then stage else 'VOID' end, coalesce(outcome, ''),
                                          coalesce(not_accepted_reason, ''), coalesce(origin_agency, ''), -1 from hidden`)}) r
          group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0) x) as complaints,
      (select coalesce(jsonb_agg(x), '[]') from (
         select division_code as "divisionCode", sum(n)::int as n
           from (select division_code, complaints as n from unit_rollup where ${inPeriod}
                 ${hiddenShare(sql`select u.division_code, -1 from hidden h join complaint_unit u on u.complaint_id = h.id
                                     where h.voided_at is null`)}) r
          group by 1) x) as units,
      (select coalesce(jsonb_agg(x), '[]') from (
         select days, sum(n)::int as n, sum(seconds) as seconds
           from (select days, complaints as n, total_seconds as seconds from handling_rollup where ${inPeriod}
                 ${hiddenShare(sql`select ceil(extract(epoch from last_event_at - received_at) / 86400)::int, -1,
                                          -extract(epoch from last_event_at - received_at) from hidden
                                    where stage = 'CLOSED' and voided_at is null`)}) r
          group by 1 having sum(n) <> 0 order by 1) x) as handling,
      (select coalesce(jsonb_agg(x), '[]') from (
         select rule_code as "ruleCode", status, sum(n)::int as n
           from (select rule_code, status, clocks as n from deadline_rollup where ${inPeriod}
                 ${hiddenShare(sql`select d.rule_code, d.status, -1 from hidden h join deadline d on d.complaint_id = h.id
                                     where d.status <> 'PENDING' and h.voided_at is null`)}) r
          group by 1, 2) x) as settled,
      (select coalesce(jsonb_agg(x), '[]') from (
         select rule_code as "ruleCode", count(*) filter (where due_at < now())::int as overdue,
                count(*) filter (where due_at >= now())::int as pending
           from deadline where ${ofBody} and status = 'PENDING' and received_at >= ${period.from} and received_at < ${period.to}
            ${excludingAccused ? sql`and complaint_id not in (select id from hidden)` : sql``}
          group by 1) x) as open,
      (select jsonb_agg(${ruleJson} order by r.position) from deadline_rule r where ${ofRules}) as rules`;
}

/** The months of a period, as YYYY-MM. */
function monthsOf(period: FiscalPeriod): string[] {
  const months: string[] = [];
  for (let month = period.firstMonth; month <= period.lastMonth;) {
    months.push(month.slice(0, 7));
    const [year, index] = month.split('-').map(Number);
    month = index === 12 ? `${year + 1}-01-01` : `${year}-${String(index + 1).padStart(2, '0')}-01`;
  }
  return months;
}

/** Received, and finished (closed, or answered as not accepted), and the share finished. */
function completion(rows: { stage: string; n: number }[]) {
  const received = rows.reduce((total, row) => total + row.n, 0);
  const completed = rows
    .filter((row) => row.stage === ComplaintStage.CLOSED || row.stage === ComplaintStage.NOT_ACCEPTED)
    .reduce((total, row) => total + row.n, 0);
  return { received, completed, completionRate: received ? Math.round((completed / received) * 1000) / 10 : null };
}

/** Average (exact) and 90th percentile (to the day) of the days from receipt to closing. */
function handlingTime(histogram: Aggregates['handling']): HandlingTime {
  const closed = histogram.reduce((total, row) => total + row.n, 0);
  if (closed === 0) return { closed, averageDays: null, p90Days: null };
  const seconds = histogram.reduce((total, row) => total + row.seconds, 0);
  let seen = 0;
  const p90 = histogram.find((row) => (seen += row.n) >= Math.ceil(closed * 0.9))!.days;
  return { closed, averageDays: Math.round((seconds / closed / 86_400) * 10) / 10, p90Days: p90 };
}

export async function complaintStatistics(
  em: EntityManager,
  reference: ReferenceData,
  fiscalYear: number,
  quarter: number | null,
  excludingAccused: string | null,
  bodies?: readonly string[],
): Promise<ComplaintStatistics> {
  return (await statisticsWithMonths(em, reference, fiscalYear, quarter, excludingAccused, bodies)).statistics;
}

/** One month's complaints (by the month of receipt) as the statistics count them: where each stands now. */
export interface MonthFigures {
  /** YYYY-MM. */
  month: string;
  received: number;
  closed: number;
  notAccepted: number;
  inProgress: number;
}

/**
 * `complaintStatistics` and, from the same statement, each month's received, closed, not accepted
 * and in progress (issue 14, item 6: the ITA's O19 tables by month).
 */
export async function statisticsWithMonths(
  em: EntityManager,
  reference: ReferenceData,
  fiscalYear: number,
  quarter: number | null,
  /** The caller's official, whose complaints are left out (issue 9, item 3); null for the whole body. */
  excludingAccused: string | null,
  /** Issue 13: the bodies counted (an overseer's); the caller's body when omitted. */
  bodies?: readonly string[],
): Promise<{ statistics: ComplaintStatistics; months: MonthFigures[] }> {
  if (!Number.isInteger(fiscalYear) || fiscalYear < fiscalYearRange.min || fiscalYear > fiscalYearRange.max) {
    throw badInput(
      'fiscalYear',
      `ปีงบประมาณต้องเป็นปีพุทธศักราช ระหว่าง ${fiscalYearRange.min} ถึง ${fiscalYearRange.max}`,
      `fiscalYear is a Buddhist-Era year between ${fiscalYearRange.min} and ${fiscalYearRange.max} (e.g. 2569)`,
    );
  }
  if (quarter !== null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)) {
    throw badInput('quarter', 'ไตรมาสต้องเป็น 1 ถึง 4', 'quarter is 1 to 4, or null for the whole year');
  }
  const period = fiscalPeriod(fiscalYear, quarter, reference.timeZone);
  const { complaints, units, handling, settled, open, rules } = (await firstRow(
    em,
    statisticsQuery(period, excludingAccused, bodies ?? currentBody()),
  ))!;

  // Contract, "Corrections and the register": a complaint voided as recorded by mistake is counted
  // as void, apart, and in no other figure (not received, not in any stage, channel or month).
  const counted = complaints.filter((row) => row.stage !== voidStage);
  const voided = complaints.filter((row) => row.stage === voidStage).reduce((total, row) => total + row.n, 0);
  const sum = (filter: (row: Aggregates['complaints'][number]) => boolean) =>
    counted.filter(filter).reduce((total, row) => total + row.n, 0);
  const channels = [...reference.channels.values()];
  const months = monthsOf(period).map((month) => ({
    month,
    received: sum((row) => row.month === month),
    closed: sum((row) => row.month === month && row.stage === ComplaintStage.CLOSED),
    notAccepted: sum((row) => row.month === month && row.stage === ComplaintStage.NOT_ACCEPTED),
    inProgress: sum((row) => row.month === month && row.stage !== ComplaintStage.CLOSED && row.stage !== ComplaintStage.NOT_ACCEPTED),
  }));
  const statistics: ComplaintStatistics = {
    fiscalYear,
    quarter,
    from: period.from,
    to: period.to,
    received: sum(() => true),
    voided,
    closed: sum((row) => row.stage === ComplaintStage.CLOSED),
    notAccepted: sum((row) => row.stage === ComplaintStage.NOT_ACCEPTED),
    inProgress: sum((row) => row.stage !== ComplaintStage.CLOSED && row.stage !== ComplaintStage.NOT_ACCEPTED),
    byStage: Object.values(ComplaintStage).map((stage) => ({ stage, count: sum((row) => row.stage === stage) })),
    byNotAcceptedReason: Object.values(NotAcceptedReason).map((reason) => ({ reason, count: sum((row) => row.reason === reason) })),
    byDivision: [...reference.divisions.values()].map((division) => ({
      division,
      count: units.find((row) => row.divisionCode === division.code)?.n ?? 0,
    })),
    // Issue 13, item 4 (LPA 3.2): the complaints the Damrongdhama Center sent, and how many are done.
    fromDamrongdhama: completion(counted.filter((row) => row.origin === OriginAgency.DAMRONGDHAMA)),
    byMonth: monthsOf(period).map((month) => ({ month, received: sum((row) => row.month === month) })),
    handlingTime: handlingTime(handling),
    byChannel: channels.map((channel) => ({ channel, count: sum((row) => row.channelCode === channel.code) })),
    byOutcome: Object.values(ComplaintOutcome).map((outcome) => ({ outcome, count: sum((row) => row.outcome === outcome) })),
    deadlineCompliance: (rules ?? []).map((rule) => {
      const settledOf = (status: string) => settled.find((row) => row.ruleCode === rule.code && row.status === status)?.n ?? 0;
      const openOf = open.find((row) => row.ruleCode === rule.code);
      return {
        rule,
        met: settledOf('MET'),
        metLate: settledOf('MET_LATE'),
        cancelled: settledOf('CANCELLED'),
        overdue: openOf?.overdue ?? 0,
        pending: openOf?.pending ?? 0,
      };
    }),
  };
  return { statistics, months };
}
