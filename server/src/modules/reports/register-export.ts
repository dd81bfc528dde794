import { loadExcelJS } from '../shared/exceljs.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { ComplaintRelations, ComplaintView } from '../complaints/complaint.views.js';
import { formatReceiptNumber } from '../complaints/receipt-number.js';
import { stageLabels } from '../complaints/workflow.js';
import { outcomeNames, reasonNames } from '../imports/register-columns.js';

type RegisterRow = ComplaintView & ComplaintRelations;

/** Dates as Thai offices write them: Buddhist Era, Thai month names, Asia/Bangkok (via Intl). */
function thaiDateTime(instant: Date | null, timeZone: string): string {
  return instant ? new Intl.DateTimeFormat('th-TH', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(instant) : '';
}

/**
 * R7: the complaint register as a table. The complainant's columns are there only for a caller who
 * may see identities (the rows already come without them for anyone else). Issue 14, item 5: every
 * value in Thai, as the Center's register book writes it (stage, channel, outcome, the reason not
 * taken up, the deadlines overdue by their names), with the R2.1 and R2.2 register numbers; the
 * outcome and the reason in the words the register import reads back (register-columns.ts).
 */
export function registerTable(complaints: RegisterRow[], reference: ReferenceData, withIdentity: boolean): string[][] {
  const header = [
    'เลขรับ',
    'วันที่รับ',
    'ช่องทาง',
    'เรื่อง',
    'ขั้นตอน',
    'หน่วยงานรับผิดชอบ',
    'ผู้ถูกกล่าวหา',
    ...(withIdentity ? ['ผู้ร้องเรียน', 'โทรศัพท์'] : []),
    'ผลการพิจารณา',
    'เหตุผลที่ไม่รับพิจารณา',
    'เลขทะเบียนรับ',
    'เลขทะเบียนศูนย์ฯ',
    'กำหนดเวลาที่เกิน',
  ];
  const rows = complaints.map((complaint) => [
    formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear),
    thaiDateTime(complaint.receivedAt, reference.timeZone),
    reference.channel(complaint.channelCode).nameTh,
    complaint.subject,
    // A voided complaint stays in the register, marked (contract, "Corrections and the register").
    complaint.voided ? `${stageLabels[complaint.stage].th} (ยกเลิก: บันทึกผิดพลาด)` : stageLabels[complaint.stage].th,
    complaint.unitCodes.map((code) => reference.division(code).nameTh).join(', '),
    complaint.accused.map((person) => [person.fullName, person.position, person.unit].filter(Boolean).join(' ')).join('; '),
    ...(withIdentity
      ? [complaint.anonymous ? 'ไม่ประสงค์ออกนาม' : (complaint.complainant?.fullName ?? ''), complaint.complainant?.phone ?? '']
      : []),
    complaint.outcome ? outcomeNames[complaint.outcome][0] : '',
    complaint.notAcceptedReason ? reasonNames[complaint.notAcceptedReason][0] : '',
    // R2.1: the SAO's incoming register; R2.2: the Center's.
    complaint.registerNumber ?? '',
    complaint.centerRegisterNumber ?? '',
    complaint.deadlines
      .filter((deadline) => deadline.status === 'OVERDUE')
      .map((deadline) => reference.deadlineRules.get(deadline.rule.code)?.nameTh ?? deadline.rule.code)
      .join(', '),
  ]);
  return [header, ...rows];
}

/** What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Issue 9, item 15: a cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+cmd|…`,
 * `@SUM(…)`, a leading tab or carriage return) is written with a single quote before it, as OWASP
 * advises, so that it shows as the text it is. Also a lone "-" or a negative number: the rule makes
 * no exception, and the register and reports hold no negative numbers.
 */
export function csvCell(value: string): string {
  const text = formulaStart.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/** CSV for Excel: UTF-8 with a byte-order mark, so that Thai shows as Thai. Every CSV of the app is made here. */
export function toCsv(table: string[][]): string {
  return `\uFEFF${table.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * A workbook of one table. The body it comes from (issue 11) is in the workbook's properties and in
 * the header of every printed page, not in a row: the table itself stays one header row and its
 * data, so the register imports back as it is (round trip).
 */
export async function toXlsx(table: string[][], sheetName: string, organisation?: string): Promise<Buffer> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = 'Rongrian';
  if (organisation) {
    workbook.company = organisation;
    workbook.title = `${sheetName} ${organisation}`;
  }
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  if (organisation) {
    // Excel's header codes: &C centres; an & in the name is doubled to print as itself.
    sheet.headerFooter.oddHeader = `&C${sheetName} ${organisation.replaceAll('&', '&&')}`;
    sheet.headerFooter.oddFooter = '&Cหน้า &P / &N';
  }
  sheet.addRows(table);
  sheet.getRow(1).font = { bold: true, name: 'TH Sarabun New' };
  sheet.columns.forEach((column) => {
    column.width = Math.min(60, Math.max(10, ...(column.values ?? []).map((value) => String(value ?? '').length + 2)));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
