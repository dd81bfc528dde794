import type { RequestHandler, Response } from 'express';
import { scopeOf } from '../../http/request-scope.js';
import { sendError } from '../../http/send-error.js';
import { requireUser } from '../auth/access.js';
import { readsComplaints, seesIdentity } from '../complaints/complaint-access.js';
import { findRegister } from '../complaints/complaint.queries.js';
import { badInput, forbidden } from '../shared/domain-error.js';
import { fiscalPeriod } from './fiscal-year.js';
import { outcomeTh } from '../documents/templates.js';
import { registerTable, toCsv, toXlsx } from './register-export.js';
import { complaintStatistics, fiscalYearRange } from './statistics.service.js';
import type { ComplaintStatistics } from './statistics.types.js';
import { itaCsv, itaPublication } from './report.service.js';
import { requireStatisticsReader } from './statistics-readers.js';

/** A table as a download: an XLSX workbook, or CSV with a BOM for Excel. */
async function sendTable(
  res: Response,
  table: string[][],
  file: { name: string; format: 'csv' | 'xlsx'; sheet: string; organisation: string },
): Promise<void> {
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-disposition', `attachment; filename="${file.name}.${file.format}"`);
  if (file.format === 'csv') {
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.send(toCsv(table));
  } else {
    res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.send(await toXlsx(table, file.sheet, file.organisation));
  }
}

/** A month of the statistics ("2026-01") as Thai offices write it ("มกราคม 2569"). */
const monthTh = new Intl.DateTimeFormat('th-TH', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** R10: the statistics as a table for a workbook. */
function statisticsTable(stats: ComplaintStatistics, organisation: string): string[][] {
  const period = stats.quarter ? `ไตรมาส ${stats.quarter} ปีงบประมาณ ${stats.fiscalYear}` : `ปีงบประมาณ ${stats.fiscalYear}`;
  return [
    ['สถิติเรื่องร้องเรียน', period, organisation],
    ['รายการ', 'จำนวน'],
    ['ได้รับ', String(stats.received)],
    ['ยุติเรื่อง', String(stats.closed)],
    ['ไม่รับพิจารณา', String(stats.notAccepted)],
    ['อยู่ระหว่างดำเนินการ', String(stats.inProgress)],
    ...stats.byChannel.map((row) => [`ช่องทาง: ${row.channel.nameTh}`, String(row.count)]),
    ...stats.byDivision.map((row) => [`หน่วยงาน: ${row.division.nameTh}`, String(row.count)]),
    // Issue 14, item 7: Thai values, no enum names.
    ...stats.byOutcome.map((row) => [`ผลการพิจารณา: ${outcomeTh[row.outcome]}`, String(row.count)]),
    ...stats.byMonth.map((row) => [`เดือน${monthTh.format(new Date(`${row.month}-15T00:00:00Z`))}`, String(row.received)]),
    ['ระยะเวลาดำเนินการเฉลี่ย (วัน)', String(stats.handlingTime.averageDays ?? '-')],
    ['ระยะเวลาดำเนินการ เปอร์เซ็นไทล์ที่ 90 (วัน)', String(stats.handlingTime.p90Days ?? '-')],
    ['กรอบเวลา', 'ทันเวลา', 'เกินเวลา', 'ค้างเกินกำหนด', 'ยังไม่ถึงกำหนด', 'ยกเลิก'],
    ...stats.deadlineCompliance.map((row) => [row.rule.nameTh, row.met, row.metLate, row.overdue, row.pending, row.cancelled].map(String)),
  ];
}

/**
 * GET /exports/statistics.(xlsx|csv)?fiscalYear=2569[&quarter=1]: the statistics as a workbook or
 * CSV, for the same callers as complaintStatistics (an API token with STATISTICS included).
 */
export const statisticsExportRoute: RequestHandler = async (req, res) => {
  const scope = scopeOf(res);
  try {
    requireStatisticsReader(scope, 'GET /exports/statistics');
    const format = req.params.format === 'csv' ? ('csv' as const) : ('xlsx' as const);
    const fiscalYear = Number(req.query.fiscalYear);
    const quarter = req.query.quarter ? Number(req.query.quarter) : null;
    const table = statisticsTable(
      await complaintStatistics(scope.em, scope.reference, fiscalYear, quarter, scope.user?.officialId ?? null),
      scope.reference.organisation.nameTh,
    );
    const name = `complaint-statistics-${fiscalYear}${quarter ? `-q${quarter}` : ''}`;
    await sendTable(res, table, { name, format, sheet: 'สถิติ', organisation: scope.reference.organisation.nameTh });
  } catch (error) {
    sendError(res, error);
  }
};

/**
 * GET /exports/register.(xlsx|csv)[?fiscalYear=2569]: the complaint register (R7) as a workbook or
 * CSV, of the complaints the caller may see (the accused rule applies), the complainant's identity
 * only for CENTER_OFFICER users.
 */
export const registerExportRoute: RequestHandler = async (req, res) => {
  const scope = scopeOf(res);
  try {
    const user = requireUser(scope);
    if (!readsComplaints(user)) throw forbidden('ส่งออกทะเบียนเรื่องร้องเรียน', 'export the complaint register');
    const format = String(req.params.file).endsWith('.csv') ? ('csv' as const) : ('xlsx' as const);
    const fiscalYear = req.query.fiscalYear ? Number(req.query.fiscalYear) : null;
    if (fiscalYear !== null && !(Number.isInteger(fiscalYear) && fiscalYear >= fiscalYearRange.min && fiscalYear <= fiscalYearRange.max)) {
      throw badInput('fiscalYear', 'ปีงบประมาณต้องเป็นปีพุทธศักราช', 'fiscalYear is a Buddhist-Era year, e.g. 2569');
    }
    const period = fiscalYear ? fiscalPeriod(fiscalYear, null, scope.reference.timeZone) : undefined;
    const complaints = await findRegister(scope.em, user, period);
    const withIdentity = seesIdentity(user);
    const table = registerTable(complaints, scope.reference, withIdentity);
    // Every identity the register carries is an identity read (issue 6), recorded before it leaves.
    const reads = withIdentity ? complaints.filter((complaint) => complaint.complainant) : [];
    await scope.auditIdentityReads(reads, `GET /exports/${req.params.file}`);
    const name = `complaint-register${fiscalYear ? `-${fiscalYear}` : ''}`;
    await sendTable(res, table, { name, format, sheet: 'ทะเบียนเรื่องร้องเรียน', organisation: scope.reference.organisation.nameTh });
  } catch (error) {
    sendError(res, error);
  }
};

/**
 * GET /reports/ita/<fiscalYear>.csv: the ITA publication as a file to download, for the same
 * callers as the statistics (a session cookie, or `Authorization: Bearer` with STATISTICS).
 */
export const itaCsvRoute: RequestHandler = async (req, res) => {
  const fiscalYear = Number(/^(\d{4})\.csv$/.exec(String(req.params.file))?.[1]);
  const scope = scopeOf(res);
  try {
    requireStatisticsReader(scope, 'GET /reports/ita');
    const csv = itaCsv(await itaPublication(scope.em, scope.reference, fiscalYear, scope.user?.officialId ?? null));
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="ita-complaints-${fiscalYear}.csv"`);
    res.setHeader('cache-control', 'no-store');
    res.send(csv);
  } catch (error) {
    sendError(res, error);
  }
};
