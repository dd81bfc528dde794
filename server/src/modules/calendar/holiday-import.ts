import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { rows, sql } from '../../db/sql.js';
import { formatReceiptNumber } from '../complaints/receipt-number.js';
import { recomputeAndListOpenDeadlines } from '../deadlines/recompute-deadlines.js';
import { DomainError } from '../shared/domain-error.js';
import { hasVisibleCharacter } from '../shared/input-checks.js';
import { Holiday } from './holiday.entity.js';
import { parseThaiDate } from './thai-date.js';

/** One line of the file that cannot be taken, by its line number in the file (the header is line 1). */
export interface HolidayProblem {
  row: number;
  column: string;
  messageTh: string;
  messageEn: string;
}

export interface MovedDeadlineRow {
  complaintId: string;
  receiptNumber: string;
  ruleCode: string;
  from: Date;
  to: Date;
}

export interface HolidayImport {
  dryRun: boolean;
  added: Holiday[];
  /** Days of the file that are holidays already (kept as they are). */
  alreadyThere: number;
  problems: HolidayProblem[];
  /** The open deadlines the new days moved (none on a dry run). */
  moved: MovedDeadlineRow[];
}

/** The headers a column may carry, Thai or English, as the Cabinet's list or a clerk's sheet names it. */
const columns = {
  date: ['date', 'วันที่', 'วัน เดือน ปี', 'วันเดือนปี'],
  nameTh: ['nameth', 'name', 'ชื่อวันหยุด', 'วันหยุด', 'ชื่อ', 'รายการ'],
  nameEn: ['nameen', 'name (en)', 'english', 'ชื่อภาษาอังกฤษ'],
} as const;

const normaliseHeader = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

/**
 * Issue 11, item 2: the Cabinet's list of the year's holidays, as CSV, into the calendar. The dates
 * may be written as Thai clerks write them (`13 เม.ย. 2570`, `13/04/2570`, ISO). Every line is
 * checked first; a file with any problem adds nothing. Then, in the caller's transaction, the new
 * days go in and every open deadline they delay moves (workflow.md: recorded on the complaint).
 */
export async function importHolidays(em: EntityManager, actorId: string, csv: string, dryRun: boolean): Promise<HolidayImport> {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, skipEmptyLines: true, relaxColumnCount: true, trim: true }) as string[][];
  } catch (error) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `อ่านแฟ้ม CSV ไม่ได้: ${(error as Error).message}`,
      `Cannot read the CSV: ${(error as Error).message}`,
      {
        field: 'csv',
      },
    );
  }
  const [header = [], ...lines] = records;
  const names = header.map(normaliseHeader);
  const at = (candidates: readonly string[]) => names.findIndex((name) => candidates.includes(name));
  const dateColumn = at(columns.date);
  const nameColumn = at(columns.nameTh);
  const nameEnColumn = at(columns.nameEn);
  if (dateColumn < 0 || nameColumn < 0) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'บรรทัดแรกของแฟ้มต้องเป็นหัวคอลัมน์ "วันที่" และ "ชื่อวันหยุด"',
      'The first line must name the columns "date" and "nameTh" (วันที่, ชื่อวันหยุด)',
      { field: 'csv' },
    );
  }
  const problems: HolidayProblem[] = [];
  const days = new Map<string, { date: string; nameTh: string; nameEn: string | null }>();
  lines.forEach((line, index) => {
    const row = index + 2;
    const rawDate = line[dateColumn] ?? '';
    const date = parseThaiDate(rawDate);
    const nameTh = (line[nameColumn] ?? '').trim();
    if (!date) {
      problems.push({
        row,
        column: header[dateColumn]!,
        messageTh: `"${rawDate}" ไม่ใช่วันที่ที่อ่านได้ (เช่น 13 เม.ย. 2570 หรือ 13/04/2570)`,
        messageEn: `"${rawDate}" is not a date (e.g. 13 เม.ย. 2570 or 13/04/2570)`,
      });
    } else if (days.has(date)) {
      problems.push({ row, column: header[dateColumn]!, messageTh: `วันที่ซ้ำกับบรรทัดก่อนหน้า`, messageEn: `${date} is listed twice` });
    }
    if (!hasVisibleCharacter(nameTh) || nameTh.length > 200) {
      problems.push({
        row,
        column: header[nameColumn]!,
        messageTh: 'ต้องมีชื่อวันหยุด (ไม่เกิน 200 ตัวอักษร)',
        messageEn: 'needs a name (at most 200 characters)',
      });
    }
    if (date && !days.has(date)) {
      days.set(date, { date, nameTh, nameEn: nameEnColumn >= 0 ? line[nameEnColumn]?.trim() || null : null });
    }
  });
  if (lines.length === 0) {
    problems.push({ row: 2, column: header[dateColumn]!, messageTh: 'แฟ้มไม่มีวันหยุดสักบรรทัด', messageEn: 'The file lists no holiday' });
  }
  const existing = new Set((await em.find(Holiday, { date: { $in: [...days.keys()] } }, { fields: ['date'] })).map((day) => day.date));
  const fresh = [...days.values()].filter((day) => !existing.has(day.date));
  const answer = { dryRun, alreadyThere: days.size - fresh.length, problems };
  if (problems.length && !dryRun) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `แฟ้มมีข้อผิดพลาด ${problems.length} รายการ จึงยังไม่ได้เพิ่มวันหยุดใด เช่น บรรทัดที่ ${problems[0]!.row}: ${problems[0]!.messageTh}`,
      `The file has ${problems.length} problem(s), so nothing was added; e.g. line ${problems[0]!.row}: ${problems[0]!.messageEn}`,
      { field: 'csv', problems },
    );
  }
  const added = fresh.map((day) => ({ ...day, kind: 'REGULAR', status: 'CONFIRMED' }) as Holiday);
  if (dryRun || added.length === 0) return { ...answer, added, moved: [] };

  await em.createQueryBuilder(Holiday).insert(added).onConflict(['organisationCode', 'date']).ignore().execute('run');
  const moved = await recomputeAndListOpenDeadlines(em, actorId, {
    reason: { change: 'HOLIDAYS_IMPORTED', dates: added.map((day) => day.date) },
  });
  const receipts = new Map(
    (
      await rows<{ id: string; seq: number; year: number }>(
        em,
        sql`select id, receipt_seq as seq, receipt_year as year from complaint where id = any(${[...new Set(moved.map((m) => m.complaintId))]}::uuid[])`,
      )
    ).map((row) => [row.id, formatReceiptNumber(row.seq, row.year)]),
  );
  return { ...answer, added, moved: moved.map((m) => ({ ...m, receiptNumber: receipts.get(m.complaintId) ?? '' })) };
}
