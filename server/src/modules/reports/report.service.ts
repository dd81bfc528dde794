import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, rows, sql } from '../../db/sql.js';
import { AppError } from '../../graphql/errors.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { IssuedReport, ItaFigures, ItaPublication } from './report.types.js';
import { complaintStatistics } from './statistics.service.js';
import type { ComplaintStatistics } from './statistics.types.js';
import { toCsv } from './register-export.js';

interface SnapshotRow {
  id: string;
  fiscalYear: number;
  quarter: number;
  issuedAt: string;
  issuedByName: string | null;
  figures: ComplaintStatistics;
}

function issued(row: SnapshotRow): IssuedReport {
  const figures = { ...row.figures, from: new Date(row.figures.from), to: new Date(row.figures.to) };
  return { id: row.id, fiscalYear: row.fiscalYear, quarter: row.quarter || null, issuedAt: new Date(row.issuedAt), issuedByName: row.issuedByName, statistics: figures };
}

const snapshotColumns = sql`s.id, s.fiscal_year as "fiscalYear", s.quarter, s.issued_at as "issuedAt",
  (select display_name from app_user u where u.id = s.issued_by_id) as "issuedByName", s.figures`;

/** Freezes the statistics of a period as issued; a period is issued once. */
export async function issueReport(
  em: EntityManager,
  reference: ReferenceData,
  userId: string,
  fiscalYear: number,
  quarter: number | null,
): Promise<IssuedReport> {
  const figures = await complaintStatistics(em, reference, fiscalYear, quarter);
  const row = await firstRow<SnapshotRow>(
    em,
    sql`with s as (
          insert into report_snapshot (id, fiscal_year, quarter, issued_by_id, figures)
          values (gen_random_uuid(), ${fiscalYear}, ${quarter ?? 0}, ${userId}::uuid, ${JSON.stringify(figures)}::jsonb)
          on conflict (fiscal_year, quarter) do nothing
          returning *)
        select ${snapshotColumns} from s`,
  );
  if (!row) {
    const period = quarter ? `ไตรมาส ${quarter} ปีงบประมาณ ${fiscalYear}` : `ปีงบประมาณ ${fiscalYear}`;
    throw new AppError('CONFLICT', `รายงาน${period}ออกไปแล้ว`, `The report of ${quarter ? `Q${quarter} ` : ''}FY ${fiscalYear} was already issued`);
  }
  return issued(row);
}

export async function issuedReports(em: EntityManager, fiscalYear?: number | null): Promise<IssuedReport[]> {
  const found = await rows<SnapshotRow>(
    em,
    sql`select ${snapshotColumns} from report_snapshot s
         where ${fiscalYear ? sql`s.fiscal_year = ${fiscalYear}` : sql`true`}
         order by s.fiscal_year desc, s.quarter`,
  );
  return found.map(issued);
}

const figuresOf = (statistics: Pick<ComplaintStatistics, 'received' | 'closed' | 'notAccepted' | 'inProgress'>): ItaFigures => ({
  received: statistics.received,
  completed: statistics.closed + statistics.notAccepted,
  inProgress: statistics.inProgress,
});

/**
 * The ITA's yearly publication: received, completed and in progress for the first six months and
 * for the whole fiscal year, and "no complaints" when there were none.
 */
export async function itaPublication(em: EntityManager, reference: ReferenceData, fiscalYear: number): Promise<ItaPublication> {
  const [year, q1, q2] = await Promise.all([
    complaintStatistics(em, reference, fiscalYear, null),
    complaintStatistics(em, reference, fiscalYear, 1),
    complaintStatistics(em, reference, fiscalYear, 2),
  ]);
  const firstHalf = {
    received: q1.received + q2.received,
    completed: figuresOf(q1).completed + figuresOf(q2).completed,
    inProgress: q1.inProgress + q2.inProgress,
  };
  const wholeYear = figuresOf(year);
  const noComplaints = wholeYear.received === 0;
  return {
    fiscalYear,
    firstHalf,
    wholeYear,
    noComplaints,
    textTh: noComplaints
      ? `ปีงบประมาณ พ.ศ. ${fiscalYear} ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ`
      : `ปีงบประมาณ พ.ศ. ${fiscalYear} รอบ 6 เดือน ได้รับเรื่องร้องเรียน ${firstHalf.received} เรื่อง ดำเนินการแล้วเสร็จ ${firstHalf.completed} เรื่อง ` +
        `อยู่ระหว่างดำเนินการ ${firstHalf.inProgress} เรื่อง; ทั้งปีงบประมาณ ได้รับ ${wholeYear.received} เรื่อง ` +
        `ดำเนินการแล้วเสร็จ ${wholeYear.completed} เรื่อง อยู่ระหว่างดำเนินการ ${wholeYear.inProgress} เรื่อง`,
    textEn: noComplaints
      ? `Fiscal year ${fiscalYear} B.E.: no complaints of corruption or misconduct.`
      : `Fiscal year ${fiscalYear} B.E., first six months: ${firstHalf.received} received, ${firstHalf.completed} completed, ` +
        `${firstHalf.inProgress} in progress; whole year: ${wholeYear.received} received, ${wholeYear.completed} completed, ${wholeYear.inProgress} in progress.`,
  };
}

/** The ITA publication as CSV, UTF-8 with a BOM so that Excel shows the Thai. */
export function itaCsv(publication: ItaPublication): string {
  const lines: (string | number)[][] = [
    ['ปีงบประมาณ (พ.ศ.)', 'ช่วงเวลา', 'ได้รับ', 'ดำเนินการแล้วเสร็จ', 'อยู่ระหว่างดำเนินการ'],
    [publication.fiscalYear, 'รอบ 6 เดือน (ต.ค.–มี.ค.)', publication.firstHalf.received, publication.firstHalf.completed, publication.firstHalf.inProgress],
    [publication.fiscalYear, 'ทั้งปีงบประมาณ', publication.wholeYear.received, publication.wholeYear.completed, publication.wholeYear.inProgress],
  ];
  if (publication.noComplaints) lines.push([publication.textTh]);
  return toCsv(lines.map((line) => line.map(String)));
}
