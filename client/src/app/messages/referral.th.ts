import type { OriginAgency } from '../../gql/graphql';

// Issue 13, item 4: referrals between bodies, and complaints from agencies outside the deployment
// (the complaint file's referral panel and facts, the intake form's origin, the register's filter,
// the overview's Damrongdhama line, LPA 3.2).
export const referralTh = {
  open: 'ส่งเรื่องต่อให้หน่วยงานที่มีอำนาจ',
  title: 'ส่งเรื่องต่อให้หน่วยงานที่มีอำนาจ',
  intro: 'เรื่องนี้อยู่ในอำนาจของหน่วยงานอื่น ระบบจะบันทึกหนังสือส่งเรื่องในทะเบียนหนังสือส่ง',
  target: 'หน่วยงานปลายทาง',
  targetOutside: 'หน่วยงานนอกระบบ (พิมพ์ชื่อ)',
  outsideName: 'ชื่อหน่วยงานปลายทาง',
  outsidePlaceholder: 'เช่น สำนักงานป้องกันและปราบปรามการทุจริตแห่งชาติ (ป.ป.ช.)',
  letterNumber: 'เลขที่หนังสือส่ง',
  letterNumberPlaceholder: 'เว้นว่างไว้ ระบบออกเลขถัดไปของทะเบียนหนังสือส่งให้',
  shareIdentity: 'ส่งข้อมูลผู้ร้องเรียนไปด้วย',
  shareIdentityHint:
    'ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล ฯ ชื่อ ที่อยู่ และช่องทางติดต่อของผู้ร้องเรียนจะถูกส่งไปเฉพาะเมื่อทำเครื่องหมายช่องนี้ หากไม่ทำเครื่องหมาย หน่วยงานปลายทางจะได้รับเรื่องโดยไม่มีข้อมูลผู้ร้องเรียน',
  targetRequired: 'กรุณาเลือกหน่วยงานปลายทาง',
  outsideRequired: 'กรุณาพิมพ์ชื่อหน่วยงานปลายทาง',
  submit: 'ส่งเรื่อง',
  sending: 'กำลังส่ง…',
  arrived: (body: string, receipt: string, at: string) => `${body} รับเป็นเรื่องเลขที่ ${receipt} เมื่อ ${at}`,
  arrivedTitle: 'ส่งเรื่องแล้ว',
  sentOutside: (agency: string) => `บันทึกการส่งเรื่องถึง ${agency} แล้ว (หน่วยงานนอกระบบ: ส่งหนังสือตามปกติ)`,
  done: (receipt: string) => `ส่งเรื่องเลขรับที่ ${receipt} ต่อแล้ว`,
  // The complaint file's facts.
  factsTitle: 'ที่มาและการส่งต่อเรื่อง',
  referredTo: 'ส่งเรื่องต่อให้',
  letter: 'เลขที่หนังสือส่ง',
  referredAt: 'ส่งเรื่องเมื่อ',
  receivedAs: 'หน่วยงานปลายทางรับเป็นเรื่องเลขที่',
  receivedThereAt: 'หน่วยงานปลายทางรับเมื่อ',
  identityShared: 'ข้อมูลผู้ร้องเรียน',
  identityYes: 'ส่งไปด้วย',
  identityNo: 'ไม่ได้ส่ง',
  origin: 'รับโอนเรื่องจาก',
  originReceipt: 'เลขรับของหน่วยงานต้นทาง',
  originAgency: 'ที่มาของเรื่อง',
  originReference: 'เลขที่หนังสือ/เลขอ้างอิง',
  none: 'ไม่ระบุ',
  agencies: {
    DAMRONGDHAMA: 'ศูนย์ดำรงธรรม',
    DISTRICT: 'อำเภอ',
    PROVINCE: 'จังหวัด',
    LINE_1111: 'สายด่วน 1111',
    OTHER: 'หน่วยงานอื่น',
  } satisfies Record<OriginAgency, string>,
  agencyOrder: ['DAMRONGDHAMA', 'DISTRICT', 'PROVINCE', 'LINE_1111', 'OTHER'] as OriginAgency[],
  originHint: 'เมื่อเรื่องส่งมาจากหน่วยงานอื่น เช่น ศูนย์ดำรงธรรม',
  fromDamrongdhama: (received: number, completed: number, rate: number | null) =>
    `เรื่องจากศูนย์ดำรงธรรม: รับ ${received} ดำเนินการแล้วเสร็จ ${completed}${rate === null ? '' : ` (${rate.toLocaleString('th-TH')}%)`}`,
};
