import { ComplaintOutcome, ComplaintStage, NotAcceptedReason } from '../complaints/complaint.enums.js';
import { stageLabels } from '../complaints/workflow.js';
import { normaliseName } from '../officials/official-match.js';

/**
 * Issue 11, item 6: the columns of a past complaint register, as the template names them (Thai
 * headers, README "Importing past registers"). The app's own register export (reports/
 * register-export.ts) uses the same headers for the columns it has, so its files import unchanged.
 */
export type ColumnKey =
  | 'receiptNumber'
  | 'receivedAt'
  | 'channel'
  | 'subject'
  | 'details'
  | 'complainant'
  | 'phone'
  | 'email'
  | 'accused'
  | 'accusedPosition'
  | 'accusedUnit'
  | 'units'
  | 'stage'
  | 'outcome'
  | 'notAcceptedReason'
  | 'closedAt'
  | 'registerNumber'
  | 'centerRegisterNumber'
  | 'overdue';

export interface RegisterColumn {
  key: ColumnKey;
  /** The header, as the template writes it. */
  th: string;
  /** Other headers read as this column. */
  aliases?: string[];
  en: string;
  required?: boolean;
  /** Written by the register export, read and set aside by the import. */
  ignored?: boolean;
}

export const registerColumns: RegisterColumn[] = [
  { key: 'receiptNumber', th: 'เลขรับ', aliases: ['เลขรับที่', 'เลขที่รับ'], en: 'receipt number', required: true },
  { key: 'receivedAt', th: 'วันที่รับ', aliases: ['วันที่รับเรื่อง', 'วันเวลาที่รับ'], en: 'date received', required: true },
  { key: 'channel', th: 'ช่องทาง', aliases: ['ช่องทางการร้องเรียน'], en: 'channel', required: true },
  { key: 'subject', th: 'เรื่อง', aliases: ['ชื่อเรื่อง'], en: 'subject', required: true },
  { key: 'details', th: 'รายละเอียด', aliases: ['รายละเอียดการร้องเรียน'], en: 'details' },
  { key: 'complainant', th: 'ผู้ร้องเรียน', aliases: ['ชื่อผู้ร้องเรียน'], en: 'complainant' },
  { key: 'phone', th: 'โทรศัพท์', aliases: ['เบอร์โทรศัพท์'], en: 'phone' },
  { key: 'email', th: 'อีเมล', aliases: ['อีเมล์', 'e-mail'], en: 'e-mail' },
  { key: 'accused', th: 'ผู้ถูกกล่าวหา', aliases: ['ผู้ถูกร้องเรียน'], en: 'accused', required: true },
  { key: 'accusedPosition', th: 'ตำแหน่งผู้ถูกกล่าวหา', en: "accused's position" },
  { key: 'accusedUnit', th: 'สังกัดผู้ถูกกล่าวหา', en: "accused's unit" },
  { key: 'units', th: 'หน่วยงานรับผิดชอบ', en: 'responsible divisions' },
  { key: 'stage', th: 'ขั้นตอน', aliases: ['สถานะ'], en: 'stage' },
  { key: 'outcome', th: 'ผลการพิจารณา', aliases: ['ผลการตรวจสอบ'], en: 'outcome' },
  { key: 'notAcceptedReason', th: 'เหตุผลที่ไม่รับพิจารณา', en: 'reason not accepted' },
  { key: 'closedAt', th: 'วันที่ยุติเรื่อง', en: 'date closed' },
  // Issue 14, item 5: the register numbers (R2.1, R2.2) the export writes; an import sets them aside.
  { key: 'registerNumber', th: 'เลขทะเบียนรับ', aliases: ['ทะเบียนรับ อบต.'], en: 'incoming register number (export only)', ignored: true },
  {
    key: 'centerRegisterNumber',
    th: 'เลขทะเบียนศูนย์ฯ',
    aliases: ['เลขทะเบียนศูนย์'],
    en: "Center's register number (export only)",
    ignored: true,
  },
  { key: 'overdue', th: 'กำหนดเวลาที่เกิน', en: 'deadlines overdue (export only)', ignored: true },
];

/** Text compared as a clerk means it: compatibility-normalised, no spacing or punctuation, lower case. */
export const comparable = (text: string) => normaliseName(text, { dropTitle: false }).replace(/[\s/]/g, '');

const columnsByHeader = new Map(
  registerColumns.flatMap((column) => [column.th, ...(column.aliases ?? [])].map((header) => [comparable(header), column])),
);

export function columnOfHeader(header: string): RegisterColumn | undefined {
  return columnsByHeader.get(comparable(header));
}

/** R6 / the appendix form: the outcome as a register writes it (the export writes the first name). */
export const outcomeNames: Record<ComplaintOutcome, string[]> = {
  SUBSTANTIATED: ['มีมูล', 'มีมูลความจริง'],
  UNSUBSTANTIATED: ['ไม่มีมูล', 'ไม่มีมูลความจริง'],
  REFERRED: ['ส่งต่อหน่วยงานอื่น', 'ส่งหน่วยงานอื่น', 'ส่งเรื่องต่อ'],
};

/** "Not taken up" written as the outcome instead of a stage. */
export const notAcceptedNames = ['ไม่รับพิจารณา', 'ไม่รับเรื่อง'];

export const reasonNames: Record<NotAcceptedReason, string[]> = {
  ANONYMOUS_WITHOUT_EVIDENCE: ['บัตรสนเท่ห์ที่ไม่ระบุพยานหลักฐานชัดเจน', 'บัตรสนเท่ห์'],
  BEFORE_COURT: ['อยู่ระหว่างการพิจารณาของศาล หรือศาลพิพากษาถึงที่สุดแล้ว', 'อยู่ในชั้นศาล', 'ศาลพิพากษาแล้ว'],
  OTHER_AGENCY: ['อยู่ในอำนาจของหน่วยงานอื่นหรือองค์กรอิสระ', 'หน่วยงานอื่น', 'องค์กรอิสระ'],
  PRIVATE_DISPUTE: ['เป็นข้อพิพาทระหว่างเอกชน', 'ข้อพิพาทระหว่างเอกชน'],
  INSUFFICIENT_INFORMATION: ['ข้อมูลไม่เพียงพอ', 'ข้อมูลไม่ครบ'],
  OTHER: ['อื่น ๆ', 'อื่นๆ'],
};

/** R1: the channels by the words registers use for them, besides their names and codes. */
export const channelAliases: Record<string, string[]> = {
  IN_PERSON: ['ด้วยตนเอง', 'ร้องเรียนด้วยตนเอง', 'มาด้วยตนเอง'],
  POST: ['ไปรษณีย์', 'จดหมาย'],
  PHONE: ['โทรศัพท์', 'โทรสาร', 'แฟกซ์'],
  COMPLAINT_BOX: ['ตู้รับเรื่องร้องเรียน', 'ตู้รับเรื่อง', 'ตู้ร้องเรียน'],
  WEBSITE: ['เว็บไซต์', 'เว็บ', 'website'],
  FACEBOOK: ['เฟซบุ๊ก', 'เฟสบุ๊ค', 'facebook'],
  DIRECT_LINE: ['สายตรงนายก', 'สายตรงนายก อบต.'],
  FORWARDED_LETTER: ['หนังสือจังหวัด', 'หนังสืออำเภอ', 'หนังสือจากจังหวัด', 'หนังสือจากอำเภอ'],
};

/** A complainant who gave no name (บัตรสนเท่ห์), as registers write it. */
export const anonymousNames = ['ไม่ประสงค์ออกนาม', 'ไม่ระบุชื่อ', 'ไม่ระบุ', 'บัตรสนเท่ห์', '-'];

/** Lookup of a closed list by its names (Thai, aliases) and its codes. */
export function namedValues<T extends string>(names: Record<T, string[]>, extra: Partial<Record<T, string[]>> = {}): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(names) as [T, string[]][]) {
    for (const word of [value, ...words, ...(extra[value] ?? [])]) map.set(comparable(word), value);
  }
  return map;
}

export const outcomeByName = namedValues(outcomeNames);
export const reasonByName = namedValues(reasonNames);
export const stageByName = namedValues(
  Object.fromEntries(Object.values(ComplaintStage).map((stage) => [stage, [stageLabels[stage].th]])) as Record<ComplaintStage, string[]>,
);

/** The template: the headers, then two rows showing the forms a clerk may type. */
export function templateTable(): string[][] {
  const header = registerColumns.filter((column) => !column.ignored).map((column) => column.th);
  const example: Record<string, string>[] = [
    {
      เลขรับ: '1/2567',
      วันที่รับ: '2 ต.ค. 2566 10:30',
      ช่องทาง: 'ร้องเรียนด้วยตนเอง ณ ศูนย์ฯ',
      เรื่อง: 'ร้องเรียนการจัดซื้อวัสดุสำนักงานไม่โปร่งใส',
      รายละเอียด: 'ผู้ร้องเห็นว่าการจัดซื้อวัสดุสำนักงานเมื่อเดือนกันยายน 2566 มีราคาสูงกว่าท้องตลาด',
      ผู้ร้องเรียน: 'นางสาวตัวอย่าง ผู้ร้อง',
      โทรศัพท์: '081-234-5678',
      อีเมล: '',
      ผู้ถูกกล่าวหา: 'นายตัวอย่าง ทดสอบ',
      ตำแหน่งผู้ถูกกล่าวหา: 'พนักงานจ้างตามภารกิจ',
      สังกัดผู้ถูกกล่าวหา: 'กองคลัง',
      หน่วยงานรับผิดชอบ: 'สำนักปลัด',
      ขั้นตอน: 'ยุติเรื่อง',
      ผลการพิจารณา: 'ไม่มีมูล',
      เหตุผลที่ไม่รับพิจารณา: '',
      วันที่ยุติเรื่อง: '15/11/2566',
    },
    {
      เลขรับ: '2/2567',
      วันที่รับ: '๕/๑/๖๗',
      ช่องทาง: 'ตู้รับเรื่องร้องเรียน',
      เรื่อง: 'บัตรสนเท่ห์กล่าวหาเจ้าหน้าที่เรียกรับเงิน',
      รายละเอียด: '',
      ผู้ร้องเรียน: 'ไม่ประสงค์ออกนาม',
      โทรศัพท์: '',
      อีเมล: '',
      ผู้ถูกกล่าวหา: '',
      ตำแหน่งผู้ถูกกล่าวหา: 'เจ้าหน้าที่งานทะเบียน',
      สังกัดผู้ถูกกล่าวหา: '',
      หน่วยงานรับผิดชอบ: '',
      ขั้นตอน: 'ไม่รับพิจารณา',
      ผลการพิจารณา: '',
      เหตุผลที่ไม่รับพิจารณา: 'บัตรสนเท่ห์ที่ไม่ระบุพยานหลักฐานชัดเจน',
      วันที่ยุติเรื่อง: '12 มกราคม 2567',
    },
  ];
  return [header, ...example.map((row) => header.map((column) => row[column] ?? ''))];
}
