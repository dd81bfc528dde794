import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, sql } from '../../db/sql.js';
import { badInput } from '../../graphql/errors.js';
import type { Channel } from '../channels/channel.entity.js';
import { ComplaintOutcome } from '../complaints/complaint.enums.js';
import type { DeadlineRule } from '../deadlines/deadline-rule.entity.js';
import { ruleJson } from '../deadlines/deadline.sql.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { fiscalPeriod, type FiscalPeriod } from './fiscal-year.js';
import type { ComplaintStatistics } from './statistics.types.js';

/** Fiscal years the statistics answer for: B.E., so that a C.E. year given by mistake is refused. */
export const fiscalYearRange = { min: 2500, max: 2700 };

interface Aggregates {
  complaints: { channelCode: string; state: string; outcome: string; n: number }[];
  settled: { ruleCode: string; status: string; n: number }[];
  open: { ruleCode: string; overdue: number; pending: number }[];
  rules: DeadlineRule[];
}

/**
 * One statement over the rollups (and the open clocks, found by a partial index): its cost grows
 * with the number of months, channels and rules, not with the number of complaints.
 */
export function statisticsQuery(period: FiscalPeriod) {
  return sql<Aggregates>`
    select
      (select coalesce(jsonb_agg(x), '[]') from (
         select channel_code as "channelCode", state, outcome, sum(complaints)::int as n
           from complaint_rollup where month between ${period.firstMonth}::date and ${period.lastMonth}::date
          group by 1, 2, 3) x) as complaints,
      (select coalesce(jsonb_agg(x), '[]') from (
         select rule_code as "ruleCode", status, sum(clocks)::int as n
           from deadline_rollup where month between ${period.firstMonth}::date and ${period.lastMonth}::date
          group by 1, 2) x) as settled,
      (select coalesce(jsonb_agg(x), '[]') from (
         select rule_code as "ruleCode", count(*) filter (where due_at < now())::int as overdue,
                count(*) filter (where due_at >= now())::int as pending
           from deadline where status = 'PENDING' and received_at >= ${period.from} and received_at < ${period.to}
          group by 1) x) as open,
      (select jsonb_agg(${ruleJson} order by r.position) from deadline_rule r) as rules`;
}

export async function complaintStatistics(
  em: EntityManager,
  reference: ReferenceData,
  fiscalYear: number,
  quarter: number | null,
): Promise<ComplaintStatistics> {
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
  const { complaints, settled, open, rules } = (await firstRow(em, statisticsQuery(period)))!;

  const sum = (filter: (row: Aggregates['complaints'][number]) => boolean) =>
    complaints.filter(filter).reduce((total, row) => total + row.n, 0);
  const channels = [...reference.channels.values()] as Channel[];
  return {
    fiscalYear,
    quarter,
    from: period.from,
    to: period.to,
    received: sum(() => true),
    closed: sum((row) => row.state === 'CLOSED'),
    notAccepted: sum((row) => row.state === 'NOT_ACCEPTED'),
    inProgress: sum((row) => row.state === 'IN_PROGRESS'),
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
}
