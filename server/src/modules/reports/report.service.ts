import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, rows, sql } from '../../db/sql.js';
import { DomainError } from '../shared/domain-error.js';
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
  /** The figures as issued, or as the reading official was to see them (issue 9, item 3). */
  figures: ComplaintStatistics;
}

function issued(row: SnapshotRow): IssuedReport {
  // Reports issued before voiding existed froze no `voided`: none was void then.
  const figures = { ...row.figures, voided: row.figures.voided ?? 0, from: new Date(row.figures.from), to: new Date(row.figures.to) };
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    quarter: row.quarter || null,
    issuedAt: new Date(row.issuedAt),
    issuedByName: row.issuedByName,
    statistics: figures,
  };
}

/** A snapshot's columns, its figures as the reader is to see them (issue 9, item 3). */
const snapshotColumns = (excludingAccused: string | null) => sql`s.id, s.fiscal_year as "fiscalYear", s.quarter, s.issued_at as "issuedAt",
  (select display_name from app_user u where u.id = s.issued_by_id) as "issuedByName",
  coalesce(s.figures_excluding_accused -> ${excludingAccused ?? ''}::text, s.figures) as figures`;

/**
 * Freezes the statistics of a period as issued; a period is issued once. The body's figures are
 * frozen, and beside them the figures each official accused in the period is to see (issue 9,
 * item 3), so that re-reading never shows that official a complaint that accuses them.
 */
export async function issueReport(
  em: EntityManager,
  reference: ReferenceData,
  user: { id: string; officialId: string | null },
  fiscalYear: number,
  quarter: number | null,
): Promise<IssuedReport> {
  const figures = await complaintStatistics(em, reference, fiscalYear, quarter, null);
  const { from, to } = figures;
  const accused = await rows<{ officialId: string }>(
    em,
    sql`select distinct a.official_id as "officialId" from accused a join complaint c on c.id = a.complaint_id
         where a.official_id is not null and c.received_at >= ${from} and c.received_at < ${to}`,
  );
  const excluding: Record<string, ComplaintStatistics> = {};
  for (const { officialId } of accused) {
    excluding[officialId] = await complaintStatistics(em, reference, fiscalYear, quarter, officialId);
  }
  const row = await firstRow<SnapshotRow>(
    em,
    sql`with s as (
          insert into report_snapshot (id, fiscal_year, quarter, issued_by_id, figures, figures_excluding_accused)
          values (gen_random_uuid(), ${fiscalYear}, ${quarter ?? 0}, ${user.id}::uuid, ${JSON.stringify(figures)}::jsonb,
                  ${JSON.stringify(excluding)}::jsonb)
          on conflict (fiscal_year, quarter) do nothing
          returning *)
        select ${snapshotColumns(user.officialId)} from s`,
  );
  if (!row) {
    const period = quarter ? `ไตรมาส ${quarter} ปีงบประมาณ ${fiscalYear}` : `ปีงบประมาณ ${fiscalYear}`;
    throw new DomainError(
      'CONFLICT',
      `รายงาน${period}ออกไปแล้ว`,
      `The report of ${quarter ? `Q${quarter} ` : ''}FY ${fiscalYear} was already issued`,
    );
  }
  return issued(row);
}

export async function issuedReports(
  em: EntityManager,
  excludingAccused: string | null,
  fiscalYear?: number | null,
): Promise<IssuedReport[]> {
  const found = await rows<SnapshotRow>(
    em,
    sql`select ${snapshotColumns(excludingAccused)} from report_snapshot s
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
 * for the whole fiscal year, and "no complaints" when there were none; without the complaints that
 * accuse the reader (issue 9, item 3).
 */
export async function itaPublication(
  em: EntityManager,
  reference: ReferenceData,
  fiscalYear: number,
  excludingAccused: string | null,
): Promise<ItaPublication> {
  const [year, q1, q2] = await Promise.all([
    complaintStatistics(em, reference, fiscalYear, null, excludingAccused),
    complaintStatistics(em, reference, fiscalYear, 1, excludingAccused),
    complaintStatistics(em, reference, fiscalYear, 2, excludingAccused),
  ]);
  const firstHalf = {
    received: q1.received + q2.received,
    completed: figuresOf(q1).completed + figuresOf(q2).completed,
    inProgress: q1.inProgress + q2.inProgress,
  };
  const wholeYear = figuresOf(year);
  const noComplaints = wholeYear.received === 0;
  const { organisation } = reference;
  // Contract, "Corrections and the register": complaints voided as recorded by mistake are not
  // received; the publication says how many there were, apart.
  const voided = { firstHalf: q1.voided + q2.voided, wholeYear: year.voided };
  const voidedTh = voided.wholeYear
    ? ` (ไม่นับเรื่องที่ยกเลิกเพราะบันทึกผิดพลาด ${voided.wholeYear} เรื่อง ในรอบ 6 เดือน ${voided.firstHalf} เรื่อง)`
    : '';
  const voidedEn = voided.wholeYear
    ? ` (not counting ${voided.wholeYear} voided as recorded by mistake, ${voided.firstHalf} of them in the first six months)`
    : '';
  return {
    fiscalYear,
    organisationTh: organisation.nameTh,
    firstHalf,
    wholeYear,
    noComplaints,
    voidedFirstHalf: voided.firstHalf,
    voidedWholeYear: voided.wholeYear,
    // Issue 11: a publication names the body it is of.
    textTh:
      `${organisation.nameTh} ` +
      (noComplaints
        ? `ปีงบประมาณ พ.ศ. ${fiscalYear} ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ`
        : `ปีงบประมาณ พ.ศ. ${fiscalYear} รอบ 6 เดือน ได้รับเรื่องร้องเรียน ${firstHalf.received} เรื่อง ดำเนินการแล้วเสร็จ ${firstHalf.completed} เรื่อง ` +
          `อยู่ระหว่างดำเนินการ ${firstHalf.inProgress} เรื่อง; ทั้งปีงบประมาณ ได้รับ ${wholeYear.received} เรื่อง ` +
          `ดำเนินการแล้วเสร็จ ${wholeYear.completed} เรื่อง อยู่ระหว่างดำเนินการ ${wholeYear.inProgress} เรื่อง${voidedTh}`),
    textEn:
      `${organisation.nameEn}, ` +
      (noComplaints
        ? `Fiscal year ${fiscalYear} B.E.: no complaints of corruption or misconduct.`
        : `Fiscal year ${fiscalYear} B.E., first six months: ${firstHalf.received} received, ${firstHalf.completed} completed, ` +
          `${firstHalf.inProgress} in progress; whole year: ${wholeYear.received} received, ${wholeYear.completed} completed, ${wholeYear.inProgress} in progress${voidedEn}.`),
  };
}

/** The ITA publication as CSV, UTF-8 with a BOM so that Excel shows the Thai. */
export function itaCsv(publication: ItaPublication): string {
  const lines: (string | number)[][] = [
    ['หน่วยงาน', publication.organisationTh],
    ['ปีงบประมาณ (พ.ศ.)', 'ช่วงเวลา', 'ได้รับ', 'ดำเนินการแล้วเสร็จ', 'อยู่ระหว่างดำเนินการ'],
    [
      publication.fiscalYear,
      'รอบ 6 เดือน (ต.ค.–มี.ค.)',
      publication.firstHalf.received,
      publication.firstHalf.completed,
      publication.firstHalf.inProgress,
    ],
    [
      publication.fiscalYear,
      'ทั้งปีงบประมาณ',
      publication.wholeYear.received,
      publication.wholeYear.completed,
      publication.wholeYear.inProgress,
    ],
  ];
  if (publication.noComplaints) lines.push([publication.textTh]);
  return toCsv(lines.map((line) => line.map(String)));
}
