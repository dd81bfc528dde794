import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { clockSkewMs, personNameMaxLength, subjectMaxLength, unsafeCharacter } from '@rongrian/schema/input-rules';
import { rows, sql } from '../../db/sql.js';
import { parseThaiDateTime } from '../calendar/thai-date.js';
import { ComplaintEventKind, ComplaintOutcome, ComplaintStage, NotAcceptedReason, OrderDecision } from '../complaints/complaint.enums.js';
import { formatReceiptNumber } from '../complaints/receipt-number.js';
import { matchAccused, normaliseName, type OfficialToMatch } from '../officials/official-match.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { fiscalYearOfDay } from '../reports/fiscal-year.js';
import { DomainError } from '../shared/domain-error.js';
import { westernDigits } from '../shared/input-checks.js';
import {
  anonymousNames,
  channelAliases,
  columnOfHeader,
  comparable,
  namedValues,
  notAcceptedNames,
  outcomeByName,
  reasonByName,
  registerColumns,
  stageByName,
  type ColumnKey,
  type RegisterColumn,
} from './register-columns.js';
import { readRegisterFile } from './register-file.js';

/** What is wrong in one cell of the file: its spreadsheet row (the header is row 1) and column header. */
export interface ImportProblem {
  row: number;
  column: string;
  messageTh: string;
  messageEn: string;
}

export interface ImportReport {
  dryRun: boolean;
  fileName: string;
  sha256: string;
  /** Data rows read (blank rows aside). */
  rows: number;
  /** Complaints added (a dry run: that would be added). */
  imported: number;
  /** Rows whose complaint is already there with the same receipt number and content. */
  alreadyPresent: number;
  problems: ImportProblem[];
  batchId: string | null;
}

interface AccusedRow {
  position: number;
  official_id: string | null;
  link: string | null;
  full_name: string | null;
  official_position: string | null;
  unit: string | null;
}

/** One row, checked, as it will be written. */
interface PlannedComplaint {
  row: number;
  id: string;
  receiptSeq: number;
  receiptYear: number;
  receivedAt: Date;
  day: string;
  channel: string;
  subject: string;
  details: string;
  complainant: { fullName: string; phone: string | null; email: string | null } | null;
  accused: AccusedRow[];
  units: string[];
  stage: ComplaintStage;
  decision: OrderDecision | null;
  outcome: ComplaintOutcome | null;
  reason: NotAcceptedReason | null;
  lastEventAt: Date;
  /** Marked void in the register (the app's export writes "(ยกเลิก: บันทึกผิดพลาด)" after the stage). */
  voided: boolean;
  /** The register's own words for its stage and outcome, kept on the IMPORTED event. */
  registerStage: string | null;
  registerOutcome: string | null;
}

/** Why an imported complaint is void: the register it came from marked it so. */
const voidReason = 'ยกเลิกในทะเบียนที่นำเข้า (บันทึกผิดพลาด) — voided in the imported register (recorded by mistake)';

const text = (value: string | undefined) => (value ?? '').replace(/\r\n?/g, '\n').trim();
const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Asia/Bangkok keeps UTC+7 all year (workflow.md, "Working time"); a date without a time is taken at opening, 08:30. */
function bangkokInstant(date: string, time: string | null): Date {
  return new Date(`${date}T${time ?? '08:30'}:00+07:00`);
}

const thaiDay = (day: string) =>
  new Intl.DateTimeFormat('th-TH', { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${day}T00:00:00Z`));

/** "ชื่อ สกุล ตำแหน่ง…" (the register export's one cell per accused) split into a name and the rest. */
function splitAccused(written: string, officials: OfficialToMatch[]): { fullName: string | null; position: string | null } {
  const words = written.split(/\s+/).filter(Boolean);
  // The name of an official, then whatever follows it (the export writes name, position, unit).
  for (const official of officials) {
    const name = normaliseName(official.fullName);
    for (let k = 1; k <= words.length; k++) {
      if (normaliseName(words.slice(0, k).join(' ')) === name) {
        return { fullName: words.slice(0, k).join(' '), position: words.slice(k).join(' ') || null };
      }
    }
  }
  // Otherwise: a first name and a surname (after a title written apart), then the position.
  const titled = words.length > 0 && normaliseName(words[0]!) === '' ? 1 : 0;
  const nameWords = 2 + titled;
  if (words.length <= nameWords) return { fullName: words.join(' ') || null, position: null };
  return { fullName: words.slice(0, nameWords).join(' '), position: words.slice(nameWords).join(' ') };
}

const listOf = (cell: string) => cell.split(/\s*[;\n]\s*/).map((part) => part.trim());

/**
 * Issue 11, item 6: reads and checks every row of a past register (parse → validate → report),
 * naming every problem by row and column, in Thai and English. Reads only (two statements).
 */
async function planImport(
  em: EntityManager,
  reference: ReferenceData,
  table: string[][],
  now: Date,
): Promise<{ planned: PlannedComplaint[]; present: number; problems: ImportProblem[]; rowCount: number }> {
  const problems: ImportProblem[] = [];
  const problem = (row: number, column: string, messageTh: string, messageEn: string) =>
    problems.push({ row, column, messageTh, messageEn });

  const header = (table[0] ?? []).map((cell) => collapse(cell));
  const columns = new Map<ColumnKey, number>();
  header.forEach((name, index) => {
    if (!name) return;
    const column = columnOfHeader(name);
    if (!column) {
      problem(1, name, `ไม่รู้จักคอลัมน์ "${name}": ใช้หัวคอลัมน์ตามแบบฟอร์มนำเข้า`, `Unknown column "${name}": use the template's headers`);
    } else if (columns.has(column.key)) {
      problem(1, name, `คอลัมน์ "${column.th}" ซ้ำกัน`, `The column "${column.th}" appears twice`);
    } else {
      columns.set(column.key, index);
    }
  });
  for (const column of registerColumns.filter((candidate) => candidate.required && !columns.has(candidate.key))) {
    problem(1, column.th, `ไม่มีคอลัมน์ "${column.th}" ซึ่งต้องมี`, `The required column "${column.th}" (${column.en}) is missing`);
  }
  const dataRows = table
    .slice(1)
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => text(cell) !== ''));
  if (problems.length) return { planned: [], present: 0, problems, rowCount: dataRows.length };

  const officials = await rows(em, sql<OfficialToMatch>`select id, full_name as "fullName", position from official order by id`);
  const channelByName = namedValues(
    Object.fromEntries([...reference.channels.values()].map((channel) => [channel.code, [channel.nameTh, channel.nameEn]])),
    channelAliases,
  );
  const divisionByName = namedValues(
    Object.fromEntries([...reference.divisions.values()].map((division) => [division.code, [division.nameTh, division.nameEn]])),
  );
  const anonymous = new Set(anonymousNames.map(comparable));
  const columnOf = (key: ColumnKey) => registerColumns.find((column) => column.key === key) as RegisterColumn;

  const bangkokToday = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  const planned: PlannedComplaint[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of dataRows) {
    const cell = (key: ColumnKey) => (columns.has(key) ? text(cells[columns.get(key)!]) : '');
    const before = problems.length;
    const wrong = (key: ColumnKey, messageTh: string, messageEn: string) => problem(row, columnOf(key).th, messageTh, messageEn);

    for (const key of columns.keys()) {
      if (unsafeCharacter.test(cell(key))) wrong(key, 'มีอักขระที่บันทึกไม่ได้ (อักขระควบคุม)', 'Holds a character that cannot be stored');
    }

    // R5: the receipt number N/YYYY (running number / Buddhist-Era year), Thai digits allowed.
    const receipt = /^(?:ที่\s*)?(\d{1,9})\s*\/\s*(\d{2}|\d{4})$/.exec(westernDigits(cell('receiptNumber')));
    let receiptSeq = 0;
    let receiptYear = 0;
    if (!cell('receiptNumber')) {
      wrong('receiptNumber', 'ไม่มีเลขรับ', 'The receipt number is missing');
    } else if (!receipt || Number(receipt[1]) < 1 || Number(receipt[1]) > 2_147_483_647) {
      wrong(
        'receiptNumber',
        `เลขรับ "${cell('receiptNumber')}" ไม่ใช่รูปแบบ ลำดับ/ปี พ.ศ. เช่น 12/2567`,
        `The receipt number "${cell('receiptNumber')}" is not running number/B.E. year, e.g. 12/2567`,
      );
    } else {
      receiptSeq = Number(receipt[1]);
      receiptYear = receipt[2]!.length === 2 ? 2500 + Number(receipt[2]) : Number(receipt[2]);
      const key = formatReceiptNumber(receiptSeq, receiptYear);
      const first = firstRowOf.get(key);
      if (first) {
        wrong('receiptNumber', `เลขรับ ${key} ซ้ำกับแถวที่ ${first}`, `The receipt number ${key} repeats row ${first}`);
      } else {
        firstRowOf.set(key, row);
      }
    }

    const received = cell('receivedAt') ? parseThaiDateTime(cell('receivedAt')) : null;
    if (!cell('receivedAt')) {
      wrong('receivedAt', 'ไม่มีวันที่รับ', 'The date received is missing');
    } else if (!received) {
      wrong(
        'receivedAt',
        `"${cell('receivedAt')}" ไม่ใช่วันที่ที่มีจริง (เขียนเช่น 1 ธ.ค. 2568, 01/12/2568 หรือ 1/12/68)`,
        `"${cell('receivedAt')}" is no real date (write e.g. 1 ธ.ค. 2568, 01/12/2568 or 1/12/68)`,
      );
    }
    const receivedAt = received ? bangkokInstant(received.date, received.time) : null;
    if (receivedAt && receivedAt.getTime() > now.getTime() + clockSkewMs) {
      wrong('receivedAt', 'วันที่รับต้องไม่อยู่ในอนาคต', 'The date received may not lie in the future');
    }
    if (received && receiptYear) {
      const calendarYear = Number(received.date.slice(0, 4)) + 543;
      if (receiptYear !== calendarYear && receiptYear !== fiscalYearOfDay(received.date)) {
        wrong(
          'receiptNumber',
          `ปีของเลขรับ (${receiptYear}) ไม่ตรงกับปีที่รับเรื่อง (พ.ศ. ${calendarYear} ปีงบประมาณ ${fiscalYearOfDay(received.date)})`,
          `The receipt number's year ${receiptYear} is neither the B.E. year nor the fiscal year of the date received`,
        );
      }
    }

    const channel = channelByName.get(comparable(cell('channel')));
    if (!cell('channel')) wrong('channel', 'ไม่มีช่องทาง', 'The channel is missing');
    else if (!channel) {
      wrong(
        'channel',
        `ไม่รู้จักช่องทาง "${cell('channel')}" (ใช้ชื่อช่องทางของหน่วยงาน เช่น ${[...reference.channels.values()]
          .slice(0, 3)
          .map((known) => known.nameTh)
          .join(', ')})`,
        `Unknown channel "${cell('channel')}"`,
      );
    }

    const subject = collapse(cell('subject'));
    if (!subject) wrong('subject', 'ไม่มีชื่อเรื่อง', 'The subject is missing');
    else if (subject.length > subjectMaxLength) {
      wrong('subject', `ชื่อเรื่องยาวเกิน ${subjectMaxLength} ตัวอักษร`, `The subject is over ${subjectMaxLength} characters`);
    }

    // R5: the complainant, or none (บัตรสนเท่ห์); contact only with a name.
    const named = cell('complainant') && !anonymous.has(comparable(cell('complainant'))) ? collapse(cell('complainant')) : null;
    if (named && named.length > personNameMaxLength) {
      wrong('complainant', `ชื่อผู้ร้องเรียนยาวเกิน ${personNameMaxLength} ตัวอักษร`, `The name is over ${personNameMaxLength} characters`);
    }
    const phone = cell('phone') || null;
    const email = cell('email') || null;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) wrong('email', `"${email}" ไม่ใช่อีเมล`, `"${email}" is no e-mail address`);

    // R5: the accused, one per line or ";"-separated part; position and unit in their own columns, or after the name.
    const names = listOf(cell('accused'));
    const positions = listOf(cell('accusedPosition'));
    const units = listOf(cell('accusedUnit'));
    const count = Math.max(names.length, positions.length, units.length);
    const written = Array.from({ length: count }, (_, index) => {
      const name = names[index] ?? '';
      const split = columns.has('accusedPosition')
        ? { fullName: name || null, position: positions[index] || null }
        : splitAccused(name, officials);
      return { fullName: split.fullName, position: split.position, unit: units[index] || null };
    }).filter((person) => person.fullName || person.position || person.unit);
    if (written.length === 0) {
      wrong('accused', 'ต้องระบุผู้ถูกกล่าวหาอย่างน้อยหนึ่งคน (ชื่อ ตำแหน่ง หรือสังกัด)', 'Name at least one accused (a name, position or unit)');
    }
    const byId = new Map(officials.map((official) => [official.id, official]));
    const accused: AccusedRow[] = [];
    matchAccused(written, officials).forEach((match, index) => {
      const person = written[index]!;
      if (match.kind === 'PROBABLE' && match.officialIds.length > 1) {
        // Overriding rule 1 must not depend on a guess: the register must say which official it is.
        const who = match.officialIds.map((id) => `${byId.get(id)!.fullName} (${byId.get(id)!.position})`).join(', ');
        wrong(
          'accused',
          `ผู้ถูกกล่าวหา "${[person.fullName, person.position].filter(Boolean).join(' ')}" อาจเป็นเจ้าหน้าที่คนใดคนหนึ่งต่อไปนี้ ${who}: เขียนชื่อ-สกุลให้ตรงกับเจ้าหน้าที่ผู้นั้น`,
          `The accused "${[person.fullName, person.position].filter(Boolean).join(' ')}" may be any of ${who}: write the official's full name`,
        );
      }
      const officialId = match.kind === 'SAME_NAME' ? match.officialId : match.kind === 'PROBABLE' ? match.officialIds[0]! : null;
      accused.push({
        position: index + 1,
        official_id: officialId,
        link: officialId ? match.kind : null,
        full_name: person.fullName,
        official_position: person.position,
        unit: person.unit,
      });
    });

    // The outcome and the stage: a closed complaint with its outcome, one not taken up, or one still open.
    // The export marks a voided complaint after its stage; it comes in voided, as it was.
    const voidMark = /\s*\(ยกเลิก[^)]*\)\s*$/;
    const voided = voidMark.test(cell('stage'));
    const stageWritten = cell('stage').replace(voidMark, '');
    const outcomeWritten = cell('outcome');
    const reasonWritten = cell('notAcceptedReason');
    const stageGiven = stageWritten ? stageByName.get(comparable(stageWritten)) : undefined;
    if (stageWritten && !stageGiven) {
      wrong('stage', `ไม่รู้จักขั้นตอน "${stageWritten}" (เช่น ยุติเรื่อง, ไม่รับพิจารณา, รับเรื่อง)`, `Unknown stage "${stageWritten}"`);
    }
    const notAcceptedOutcome = notAcceptedNames.map(comparable).includes(comparable(outcomeWritten));
    const outcome = outcomeWritten && !notAcceptedOutcome ? outcomeByName.get(comparable(outcomeWritten)) : undefined;
    if (outcomeWritten && !notAcceptedOutcome && !outcome) {
      wrong(
        'outcome',
        `ไม่รู้จักผลการพิจารณา "${outcomeWritten}" (ใช้ มีมูล, ไม่มีมูล, ส่งต่อหน่วยงานอื่น หรือ ไม่รับพิจารณา)`,
        `Unknown outcome "${outcomeWritten}" (SUBSTANTIATED, UNSUBSTANTIATED, REFERRED, or not accepted)`,
      );
    }
    const reason = reasonWritten ? reasonByName.get(comparable(reasonWritten)) : undefined;
    if (reasonWritten && !reason) {
      wrong('notAcceptedReason', `ไม่รู้จักเหตุผลที่ไม่รับพิจารณา "${reasonWritten}"`, `Unknown reason "${reasonWritten}"`);
    }
    // An unreadable stage, outcome or reason is its own problem: nothing is inferred from it.
    const unreadable = (stageWritten && !stageGiven) || (outcomeWritten && !notAcceptedOutcome && !outcome) || (reasonWritten && !reason);
    let stage: ComplaintStage = ComplaintStage.RECEIVED;
    if (unreadable) {
      // reported above
    } else if (notAcceptedOutcome || stageGiven === ComplaintStage.NOT_ACCEPTED || reason) {
      stage = ComplaintStage.NOT_ACCEPTED;
      if (outcome) {
        wrong('outcome', 'เรื่องที่ไม่รับพิจารณาไม่มีผลการพิจารณา', 'A complaint not accepted has no outcome');
      }
      if (stageGiven && stageGiven !== ComplaintStage.NOT_ACCEPTED) {
        wrong('stage', `ขั้นตอน "${stageWritten}" ขัดกับการไม่รับพิจารณา`, `The stage "${stageWritten}" contradicts "not accepted"`);
      }
      if (reason === NotAcceptedReason.ANONYMOUS_WITHOUT_EVIDENCE && named) {
        wrong('notAcceptedReason', 'เรื่องที่ระบุชื่อผู้ร้องเรียนไม่ใช่บัตรสนเท่ห์', 'A complaint that names its complainant is not anonymous');
      }
    } else if (outcome) {
      stage = stageGiven === ComplaintStage.RESOLVED ? ComplaintStage.RESOLVED : ComplaintStage.CLOSED;
      if (stageGiven && stageGiven !== ComplaintStage.RESOLVED && stageGiven !== ComplaintStage.CLOSED) {
        wrong(
          'stage',
          `เรื่องที่มีผลการพิจารณาแล้วต้องอยู่ในขั้นตอน "ได้ข้อยุติ" หรือ "ยุติเรื่อง" ไม่ใช่ "${stageWritten}"`,
          `A complaint with an outcome is resolved or closed, not "${stageWritten}"`,
        );
      }
    } else if (stageGiven === ComplaintStage.RESOLVED || stageGiven === ComplaintStage.CLOSED) {
      wrong('outcome', 'เรื่องที่ได้ข้อยุติหรือยุติแล้วต้องระบุผลการพิจารณา', 'A resolved or closed complaint needs its outcome');
    }

    const closedWritten = cell('closedAt');
    const closed = closedWritten ? parseThaiDateTime(closedWritten) : null;
    let lastEventAt = receivedAt;
    if (closedWritten && !closed) {
      wrong('closedAt', `"${closedWritten}" ไม่ใช่วันที่ที่มีจริง`, `"${closedWritten}" is no real date`);
    } else if (closed && receivedAt && !unreadable) {
      if (stage === ComplaintStage.RECEIVED) {
        wrong('closedAt', 'เรื่องที่ยังไม่ยุติไม่มีวันที่ยุติเรื่อง: ระบุผลการพิจารณา', 'An open complaint has no closing date: give its outcome');
      }
      const closedAt = bangkokInstant(closed.date, closed.time ?? '16:30');
      if (closed.date < received!.date) wrong('closedAt', 'วันที่ยุติเรื่องต้องไม่ก่อนวันที่รับ', 'The closing date may not precede the date received');
      else if (closed.date > bangkokToday) wrong('closedAt', 'วันที่ยุติเรื่องต้องไม่อยู่ในอนาคต', 'The closing date may not lie in the future');
      // The day's close of office unless a time was written; never before the receipt nor after now.
      else lastEventAt = new Date(Math.max(receivedAt.getTime(), Math.min(closedAt.getTime(), now.getTime())));
    }

    // Divisions that handled it: kept for a complaint taken up (its division officers then see it, R2.3).
    const unitCodes: string[] = [];
    for (const name of listOf(cell('units'))
      .flatMap((part) => part.split(/\s*,\s*/))
      .filter(Boolean)) {
      const code = divisionByName.get(comparable(name));
      if (!code) wrong('units', `ไม่รู้จักหน่วยงาน "${name}"`, `Unknown division "${name}"`);
      else if (!unitCodes.includes(code)) unitCodes.push(code);
    }

    if (problems.length > before) continue;
    const taken = stage === ComplaintStage.RESOLVED || stage === ComplaintStage.CLOSED;
    planned.push({
      row,
      id: randomUUID(),
      receiptSeq,
      receiptYear,
      receivedAt: receivedAt!,
      day: received!.date,
      channel: channel!,
      subject,
      details: cell('details'),
      complainant: named ? { fullName: named, phone, email } : null,
      accused,
      // A voided complaint is in no division's counts (the rollups leave it out, as a void does).
      units: taken && !voided ? unitCodes : [],
      stage,
      decision:
        stage === ComplaintStage.RECEIVED ? null : stage === ComplaintStage.NOT_ACCEPTED ? OrderDecision.NOT_ACCEPT : OrderDecision.ACCEPT,
      outcome: taken ? outcome! : null,
      reason: stage === ComplaintStage.NOT_ACCEPTED ? (reason ?? NotAcceptedReason.OTHER) : null,
      lastEventAt: lastEventAt!,
      voided,
      registerStage: cell('stage') || null,
      registerOutcome: outcomeWritten || null,
    });
  }

  // Idempotence: a receipt number already recorded with the same content is "already there";
  // with other content it is a problem (one statement for the whole file).
  const existing = planned.length
    ? await rows(
        em,
        sql<{ year: number; seq: number; subject: string; channel: string; day: string }>`
          select c.receipt_year as year, c.receipt_seq as seq, c.subject, c.channel_code as channel,
                 to_char(c.received_at at time zone 'Asia/Bangkok', 'YYYY-MM-DD') as day
            from complaint c
            join unnest(${planned.map((complaint) => complaint.receiptYear)}::int[], ${planned.map((complaint) => complaint.receiptSeq)}::int[])
                 as k(year, seq) on c.receipt_year = k.year and c.receipt_seq = k.seq`,
      )
    : [];
  const found = new Map(existing.map((complaint) => [formatReceiptNumber(complaint.seq, complaint.year), complaint]));
  let present = 0;
  const fresh = planned.filter((complaint) => {
    const number = formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear);
    const there = found.get(number);
    if (!there) return true;
    if (collapse(there.subject) === complaint.subject && there.channel === complaint.channel && there.day === complaint.day) {
      present++;
    } else {
      problem(
        complaint.row,
        columnOf('receiptNumber').th,
        `เลขรับ ${number} มีในระบบแล้วเป็นเรื่องอื่น ("${there.subject.slice(0, 80)}" รับวันที่ ${thaiDay(there.day)})`,
        `The receipt number ${number} is already another complaint ("${there.subject.slice(0, 80)}", received ${there.day})`,
      );
    }
    return false;
  });
  problems.sort((a, b) => a.row - b.row);
  return { planned: fresh, present, problems, rowCount: dataRows.length };
}

/**
 * Writes the checked complaints in one statement, set-based: complaints, complainants, accused,
 * units, their RECEIVED and IMPORTED events, the receipt counters moved past the highest imported
 * number of each year (so the next recorded complaint never collides), and the batch.
 *
 * Decisions (README, "Importing past registers"): imported complaints get no deadline clocks (the
 * paper register's deadlines are long settled or lost; an old open complaint must not raise
 * hundreds of overdue alerts at once); an open one enters RECEIVED, where the Center records its
 * moves (backdated) and each move starts its clocks as usual. `recorded_at` is the receipt, so
 * imported complaints are not replayed as NEW_COMPLAINT alerts; the import's instant is the
 * IMPORTED event's `recorded_at` and the batch's.
 */
async function writeImport(
  em: EntityManager,
  importer: { id: string } | null,
  batch: { id: string; fileName: string; sha256: string; rows: number; alreadyPresent: number },
  planned: PlannedComplaint[],
): Promise<number> {
  const complaints = planned.map((complaint) => ({
    id: complaint.id,
    row: complaint.row,
    receipt_year: complaint.receiptYear,
    receipt_seq: complaint.receiptSeq,
    stage: complaint.stage,
    received_at: complaint.receivedAt.toISOString(),
    channel_code: complaint.channel,
    subject: complaint.subject,
    details: complaint.details,
    anonymous: !complaint.complainant,
    has_contact: Boolean(complaint.complainant?.phone || complaint.complainant?.email),
    decision: complaint.decision,
    not_accepted_reason: complaint.reason,
    outcome: complaint.outcome,
    last_event_at: complaint.lastEventAt.toISOString(),
    voided: complaint.voided,
    full_name: complaint.complainant?.fullName ?? null,
    phone: complaint.complainant?.phone ?? null,
    email: complaint.complainant?.email ?? null,
    register_stage: complaint.registerStage,
    register_outcome: complaint.registerOutcome,
  }));
  const accused = planned.flatMap((complaint) => complaint.accused.map((person) => ({ complaint_id: complaint.id, ...person })));
  const units = planned.flatMap((complaint) =>
    complaint.units.map((division) => ({ complaint_id: complaint.id, division_code: division })),
  );
  const actor = importer?.id ?? null;
  const [result] = await rows(
    em,
    sql<{ imported: number }>`
      with src as (
        select * from jsonb_to_recordset(${JSON.stringify(complaints)}::jsonb) as s(
          id uuid, row int, receipt_year smallint, receipt_seq int, stage text, received_at timestamptz, channel_code text,
          subject text, details text, anonymous boolean, has_contact boolean, decision text, not_accepted_reason text,
          outcome text, last_event_at timestamptz, voided boolean, full_name text, phone text, email text, register_stage text,
          register_outcome text)
      ), inserted as (
        insert into complaint (id, receipt_year, receipt_seq, stage, version, received_at, channel_code, subject, details,
                               anonymous, has_contact, decision, not_accepted_reason, outcome, last_event_at,
                               voided_at, void_reason, recorded_by_id, recorded_at)
        select id, receipt_year, receipt_seq, stage, 1, received_at, channel_code, subject, details, anonymous, has_contact,
               decision, not_accepted_reason, outcome, last_event_at,
               case when voided then last_event_at end, case when voided then ${voidReason}::text end,
               ${actor}::uuid, received_at
          from src
        returning id
      ), complainants as (
        insert into complainant (complaint_id, full_name, phone, email)
        select id, full_name, phone, email from src where full_name is not null
      ), accused_rows as (
        insert into accused (complaint_id, position, official_id, link, full_name, official_position, unit)
        select a.complaint_id, a.position, a.official_id, a.link, a.full_name, a.official_position, a.unit
          from jsonb_to_recordset(${JSON.stringify(accused)}::jsonb)
               as a(complaint_id uuid, position int, official_id uuid, link text, full_name text, official_position text, unit text)
      ), unit_rows as (
        insert into complaint_unit (complaint_id, division_code)
        select u.complaint_id, u.division_code from jsonb_to_recordset(${JSON.stringify(units)}::jsonb) as u(complaint_id uuid, division_code text)
      ), events as (
        insert into complaint_event (complaint_id, kind, at, actor_id, data)
        select id, ${ComplaintEventKind.RECEIVED}, received_at, ${actor}::uuid,
               jsonb_build_object('channel', channel_code, 'receiptNumber', receipt_seq || '/' || receipt_year, 'imported', true)
          from src
        union all
        select id, ${ComplaintEventKind.IMPORTED}, last_event_at, ${actor}::uuid,
               jsonb_strip_nulls(jsonb_build_object('batch', ${batch.id}::text, 'sha256', ${batch.sha256}::text,
                 'fileName', ${batch.fileName}::text, 'row', row, 'stage', stage, 'voided', case when voided then true end, 'registerStage', register_stage,
                 'registerOutcome', register_outcome))
          from src
      ), counters as (
        insert into receipt_counter as rc (year, last_number)
        select receipt_year, max(receipt_seq) from src group by receipt_year
        on conflict (organisation_code, year) do update set last_number = greatest(rc.last_number, excluded.last_number)
      ), batch as (
        insert into import_batch (id, file_name, sha256, rows, imported, already_present, imported_by_id)
        select ${batch.id}::uuid, ${batch.fileName}, ${batch.sha256}, ${batch.rows}, (select count(*) from src),
               ${batch.alreadyPresent}, ${actor}::uuid
      )
      select count(*)::int as imported from inserted`,
  );
  return result?.imported ?? 0;
}

/** PostgreSQL's error for a row that breaks a unique constraint. */
const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';

/**
 * Issue 11, item 6: imports a past register (CSV or XLSX, the template's columns or the app's own
 * register export). A dry run reports every problem and what would be imported, and writes
 * nothing. A real run with any problem refuses the whole file (BAD_USER_INPUT naming each problem,
 * nothing changed); else it writes the new rows in the caller's transaction, set-based, in a
 * bounded number of statements whatever the rows. Importing the same file again adds nothing.
 */
export async function importRegister(
  em: EntityManager,
  reference: ReferenceData,
  importer: { id: string } | null,
  file: { fileName: string; bytes: Buffer },
  { dryRun, now = new Date() }: { dryRun: boolean; now?: Date },
): Promise<ImportReport> {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const fileName = collapse(file.fileName).slice(0, 255) || 'register';
  const table = await readRegisterFile(file.bytes);
  const plan = await planImport(em, reference, table, now);
  const report: ImportReport = {
    dryRun,
    fileName,
    sha256,
    rows: plan.rowCount,
    imported: plan.planned.length,
    alreadyPresent: plan.present,
    problems: plan.problems,
    batchId: null,
  };
  if (plan.rowCount === 0 && !plan.problems.length) {
    report.problems.push({ row: 2, column: '', messageTh: 'แฟ้มไม่มีแถวข้อมูล', messageEn: 'The file has no data rows' });
  }
  if (dryRun) return report;
  if (report.problems.length) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `นำเข้าไม่ได้: แฟ้มมีข้อผิดพลาด ${report.problems.length} รายการ ไม่มีการบันทึกใด ๆ แก้ไขแล้วนำเข้าใหม่`,
      `Import refused: the file has ${report.problems.length} problem(s); nothing was changed`,
      { field: 'file', problems: report.problems, rows: report.rows },
    );
  }
  // Every real run is a batch, even one that finds every row already there.
  report.batchId = randomUUID();
  try {
    report.imported = await writeImport(
      em,
      importer,
      { id: report.batchId, fileName, sha256, rows: report.rows, alreadyPresent: report.alreadyPresent },
      plan.planned,
    );
  } catch (error) {
    // Another import (or recording) took one of these receipt numbers while this one ran.
    if (isUniqueViolation(error)) {
      throw new DomainError(
        'CONFLICT',
        'มีการบันทึกเรื่องเลขรับเดียวกันพร้อมกันขณะนำเข้า ไม่มีการบันทึกใด ๆ กรุณานำเข้าอีกครั้ง',
        'A complaint with one of these receipt numbers was recorded meanwhile; nothing was changed, import again',
      );
    }
    throw error;
  }
  return report;
}
