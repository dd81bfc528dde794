import type { Lang } from '../../app/i18n';
import type { ComplaintStage, DeadlineStatus } from '../../gql/graphql';

// The pure pieces of the Chief Executive's overview (issue 5): which fiscal year and quarter it is,
// the counters and the overdue list worked out from the board's deadlines, and B.E. labels via Intl.

const officeZone = 'Asia/Bangkok';
const dayMs = 24 * 60 * 60 * 1000;

/** The Thai fiscal year (B.E.) and its quarter of an instant: FY 2570 runs 1 Oct 2026 – 30 Sep 2027. */
export function fiscalPeriodOf(at: Date): { fiscalYear: number; quarter: number } {
  // Calendar year and month as the office sees them (Asia/Bangkok), whatever zone the browser is in.
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: officeZone, year: 'numeric', month: 'numeric' }).formatToParts(at);
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value); // 1–12
  const fiscalYearCe = month >= 10 ? year + 1 : year;
  // October–December is the first quarter, July–September the fourth.
  const quarter = Math.floor(((month + 2) % 12) / 3) + 1;
  return { fiscalYear: fiscalYearCe + 543, quarter };
}

export type OverviewDeadline = {
  rule: { code: string; nameTh: string; nameEn: string };
  dueAt?: string | null;
  status: DeadlineStatus;
};

export type OverviewComplaint = {
  id: string;
  receiptNumber: string;
  subject: string;
  stage: ComplaintStage;
  deadlines: readonly OverviewDeadline[];
};

export type OverdueEntry = {
  complaintId: string;
  receiptNumber: string;
  subject: string;
  rule: OverviewDeadline['rule'];
  dueAt: string;
};

const closedStages: ReadonlySet<ComplaintStage> = new Set(['CLOSED', 'NOT_ACCEPTED']);

/** OVERDUE as the server derives it (PENDING and past due), exact between two pushes as well. */
export function isOverdue(deadline: OverviewDeadline, now: number): boolean {
  if (deadline.status === 'OVERDUE') return true;
  return deadline.status === 'PENDING' && !!deadline.dueAt && Date.parse(deadline.dueAt) < now;
}

/**
 * Counters over the complaints on the board: open ones, deadlines due within the next 24 hours (an
 * approximation of 24 working hours), and overdue deadlines, with the overdue list, most overdue first.
 */
export function summariseBoard(complaints: readonly OverviewComplaint[], now: number) {
  let open = 0;
  let dueSoon = 0;
  const overdue: OverdueEntry[] = [];
  for (const complaint of complaints) {
    if (!closedStages.has(complaint.stage)) open += 1;
    for (const deadline of complaint.deadlines) {
      if (!deadline.dueAt) continue;
      if (isOverdue(deadline, now)) {
        overdue.push({
          complaintId: complaint.id,
          receiptNumber: complaint.receiptNumber,
          subject: complaint.subject,
          rule: deadline.rule,
          dueAt: deadline.dueAt,
        });
      } else if (deadline.status === 'PENDING' && Date.parse(deadline.dueAt) - now <= dayMs) {
        dueSoon += 1;
      }
    }
  }
  overdue.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.receiptNumber.localeCompare(b.receiptNumber));
  return { open, dueSoon, overdue };
}

export type RuleComplianceRow = {
  rule: { code: string; nameTh: string; nameEn: string };
  met: number;
  metLate: number;
  overdue: number;
  pending: number;
  cancelled: number;
};

/** Met on time as a share of the deadlines that have come due (met, met late or overdue); null if none. */
export function compliancePercent(row: RuleComplianceRow): number | null {
  const due = row.met + row.metLate + row.overdue;
  return due === 0 ? null : Math.round((row.met / due) * 100);
}

const monthFormats: Record<Lang, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH', { month: 'short', year: '2-digit', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB-u-ca-buddhist', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** "2026-10" (C.E., from the API) as a B.E. month label: "ต.ค. 69" or "Oct 2569 BE". */
export function monthLabel(month: string, lang: Lang): string {
  const [year, mon] = month.split('-').map(Number);
  return monthFormats[lang].format(new Date(Date.UTC(year!, mon! - 1, 15)));
}

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH', { dateStyle: 'medium', timeStyle: 'short', timeZone: officeZone }),
  en: new Intl.DateTimeFormat('en-GB-u-ca-buddhist', { dateStyle: 'medium', timeStyle: 'short', timeZone: officeZone }),
};

/** An instant in office time with the Buddhist-Era year, in either language. */
export function formatDateBE(iso: string, lang: Lang): string {
  return dateFormats[lang].format(new Date(iso));
}

/** A period of the overview: a fiscal year (B.E.) and a quarter, or null for the whole year. */
export type OverviewPeriod = { fiscalYear: number; quarter: number | null };

/**
 * Issue 14, item 7: the period the address names (`?fy=2569&q=2`, `q` absent for the whole year),
 * else the current fiscal year as a whole. A year outside B.E. 2500–(current + 1) or a quarter
 * outside 1–4 is not a period: the default is shown.
 */
export function periodFromSearch(search: string, today: Date): OverviewPeriod {
  const current = { fiscalYear: fiscalPeriodOf(today).fiscalYear, quarter: null };
  const params = new URLSearchParams(search);
  if (!params.has('fy')) return current;
  const fiscalYear = Number(params.get('fy'));
  const quarter = params.has('q') ? Number(params.get('q')) : null;
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2500 || fiscalYear > current.fiscalYear + 1) return current;
  if (quarter !== null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)) return { fiscalYear, quarter: null };
  return { fiscalYear, quarter };
}

/** The address's query for a period: `?fy=2569&q=2`, or `?fy=2569` for the whole year. */
export function searchOfPeriod(period: OverviewPeriod): string {
  return period.quarter ? `?fy=${period.fiscalYear}&q=${period.quarter}` : `?fy=${period.fiscalYear}`;
}
