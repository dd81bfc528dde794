import type { NoticeMethod, OriginAgency } from '../complaints/complaint.enums.js';
import { formatReceiptNumber } from '../complaints/receipt-number.js';
import { stageLabels } from '../complaints/workflow.js';
import { noticeSubject, referralSubject } from '../documents/templates.js';
import { outcomeNames, reasonNames } from '../imports/register-columns.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { ReceivedLetter, SentLetter } from './registers.queries.js';

/**
 * Issue 14, item 5: a register as a table of Thai text, the same for the PDF and the workbook.
 * `digitColumns` are the columns of numbers and dates, which the PDF prints in Thai digits (the
 * custom of official documents); the workbook keeps them in Arabic digits, as a clerk types them.
 */
export interface RegisterTable {
  header: string[];
  rows: string[][];
  digitColumns: number[];
  /** The complaints whose complainant a row names: identity reads (issue 6). */
  identityReads: { id: string; receiptSeq: number; receiptYear: number }[];
  /** The people and agencies the rows name, whose words a printed line never splits (issue 14, item 3). */
  names: string[];
}

/** A date as a register writes it: day, short Thai month, Buddhist-Era year, in the body's time zone. */
export function registerDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('th-TH', { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(instant);
}

/** Issue 13: the agencies outside the deployment a complaint may come from, as a register names them. */
const originAgencyTh: Record<OriginAgency, string> = {
  DAMRONGDHAMA: 'ศูนย์ดำรงธรรม',
  DISTRICT: 'อำเภอ',
  PROVINCE: 'จังหวัด',
  LINE_1111: 'สายด่วน 1111 สำนักนายกรัฐมนตรี',
  OTHER: 'หน่วยงานอื่น',
};

/** How a notice went (การปฏิบัติ of the outgoing register). */
const methodTh: Record<NoticeMethod, string> = {
  LETTER: 'ส่งทางไปรษณีย์',
  EMAIL: 'ส่งทางอีเมล',
  IN_PERSON: 'มอบให้ด้วยตนเอง',
  TRACKING_PAGE: 'แจ้งทางหน้าติดตามเรื่อง',
};

/** The Center, as the registers name it in จาก and ถึง (the title names the body). */
const center = 'ศูนย์ปฏิบัติการต่อต้านการทุจริต';

/** Where a complaint stands, in Thai: its stage, and its outcome or why it was not taken up (R6). */
function standing(letter: Pick<ReceivedLetter, 'stage' | 'outcome' | 'notAcceptedReason' | 'voided'>): string {
  const parts = [stageLabels[letter.stage].th];
  if (letter.outcome) parts.push(`ผล: ${outcomeNames[letter.outcome][0]}`);
  if (letter.notAcceptedReason) parts.push(`เหตุผล: ${reasonNames[letter.notAcceptedReason][0]}`);
  // A voided complaint stays in the register, marked (contract, "Corrections and the register").
  if (letter.voided) parts.push('(ยกเลิก: บันทึกผิดพลาด)');
  return parts.join(' ');
}

/**
 * The SAO's ทะเบียนหนังสือรับ (Regulation on Correspondence, แบบที่ ๑๓), one row per complaint
 * received: its receipt number (R5), the incoming letter's own number when it came as one, the
 * date, who it is from (the sending agency; else the complainant for a reader who may see
 * identities, R5 and overriding rule 2), to whom, the subject, what was done (the stage in Thai)
 * and the channel (R1), with the R2.1 register number when it has one.
 */
export function receivedTable(letters: ReceivedLetter[], reference: ReferenceData, withIdentity: boolean): RegisterTable {
  const identityReads: RegisterTable['identityReads'] = [];
  const from = (letter: ReceivedLetter): string => {
    if (letter.originOrganisationCode) {
      return reference.organisationByCode(letter.originOrganisationCode)?.nameTh ?? letter.originOrganisationCode;
    }
    if (letter.originAgency) return originAgencyTh[letter.originAgency];
    if (letter.anonymous) return 'ไม่ประสงค์ออกนาม';
    if (withIdentity && letter.complainantName) {
      identityReads.push(letter);
      return letter.complainantName;
    }
    return '(ปกปิด)';
  };
  const rows = letters.map((letter) => [
    formatReceiptNumber(letter.receiptSeq, letter.receiptYear),
    letter.originReference ?? (letter.originReceiptNumber ? `เลขรับ ${letter.originReceiptNumber}` : '-'),
    registerDate(letter.receivedAt, reference.timeZone),
    from(letter),
    center,
    letter.subject,
    standing(letter),
    [reference.channel(letter.channelCode).nameTh, letter.registerNumber && `ทะเบียนรับ อบต. ${letter.registerNumber}`]
      .filter(Boolean)
      .join(' · '),
  ]);
  return {
    header: ['ทะเบียนรับ', 'ที่', 'ลงวันที่', 'จาก', 'ถึง', 'เรื่อง', 'การปฏิบัติ', 'หมายเหตุ'],
    rows,
    digitColumns: [0, 1, 2, 7],
    identityReads,
    names: rows.map((row) => row[3]!),
  };
}

/**
 * The ทะเบียนหนังสือส่ง (แบบที่ ๑๔), one row per letter sent: its outgoing number (ทะเบียนส่ง and
 * ที่), the date, from the Center, to the complainant (named only for a reader who may see
 * identities) or the agency a referral went to, the subject line the letter prints (templates.ts),
 * how it went, and the complaint's receipt number.
 */
export function sentTable(letters: SentLetter[], reference: ReferenceData, withIdentity: boolean): RegisterTable {
  const identityReads: RegisterTable['identityReads'] = [];
  const seen = new Set<string>();
  const to = (letter: SentLetter): string => {
    if (letter.kind === 'REFERRAL') {
      const code = letter.toOrganisationCode ?? '';
      return reference.organisationByCode(code)?.nameTh ?? code;
    }
    if (withIdentity && letter.complainantName) {
      if (!seen.has(letter.complaintId)) {
        seen.add(letter.complaintId);
        identityReads.push({ id: letter.complaintId, receiptSeq: letter.receiptSeq, receiptYear: letter.receiptYear });
      }
      return letter.complainantName;
    }
    return 'ผู้ร้องเรียน';
  };
  const action = (letter: SentLetter): string => {
    if (letter.kind === 'NOTICE') return letter.method ? methodTh[letter.method] : '-';
    if (letter.receivedAs) return `ส่งต่อผ่านระบบ รับไว้ตามเลขรับ ${letter.receivedAs}`;
    return 'ส่งหนังสือส่งต่อเรื่องร้องเรียน';
  };
  const rows = letters.map((letter) => [
    letter.number,
    letter.number,
    registerDate(letter.sentAt, reference.timeZone),
    center,
    to(letter),
    letter.kind === 'NOTICE' && letter.noticeKind ? noticeSubject[letter.noticeKind] : referralSubject,
    action(letter),
    `เลขรับ ${formatReceiptNumber(letter.receiptSeq, letter.receiptYear)}`,
  ]);
  return {
    header: ['ทะเบียนส่ง', 'ที่', 'ลงวันที่', 'จาก', 'ถึง', 'เรื่อง', 'การปฏิบัติ', 'หมายเหตุ'],
    rows,
    digitColumns: [0, 1, 2, 6, 7],
    identityReads,
    names: rows.map((row) => row[4]!),
  };
}
