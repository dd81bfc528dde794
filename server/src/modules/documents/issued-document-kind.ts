import { registerEnumType } from 'type-graphql';

/** Issue 14, item 1: the kinds of document the body issues and keeps as issued. */
export enum IssuedDocumentKind {
  RECEIPT_SLIP = 'RECEIPT_SLIP',
  COMPLAINT_FORM = 'COMPLAINT_FORM',
  NOTICE_LETTER = 'NOTICE_LETTER',
  REFERRAL_LETTER = 'REFERRAL_LETTER',
  STATISTICS_REPORT = 'STATISTICS_REPORT',
  COMMITTEE_ORDER = 'COMMITTEE_ORDER',
  SUMMARY_REPORT = 'SUMMARY_REPORT',
}

registerEnumType(IssuedDocumentKind, {
  name: 'IssuedDocumentKind',
  description: 'Issue 14, item 1: a document as issued, kept with its bytes',
  valuesConfig: {
    RECEIPT_SLIP: { description: 'R5: the receipt slip (ใบรับเรื่อง)' },
    COMPLAINT_FORM: { description: 'R5, R7: the complaint form of the appendix, filled' },
    NOTICE_LETTER: { description: 'R3, R4, R8: a letter to the complainant' },
    REFERRAL_LETTER: { description: 'R6: the letter sending a complaint to the agency it belongs to' },
    STATISTICS_REPORT: { description: 'R10: the report of a fiscal year or quarter that has ended' },
    COMMITTEE_ORDER: { description: 'R3, R4.4: the order appointing the fact-finding committee (คำสั่ง)' },
    SUMMARY_REPORT: { description: 'R4.5: the summary report on the complaint to the executives (บันทึกข้อความ)' },
  },
});

/** The Thai name of each kind, for the file page and the audit trail. */
export const issuedDocumentKindTh: Record<IssuedDocumentKind, string> = {
  RECEIPT_SLIP: 'ใบรับเรื่องร้องเรียน',
  COMPLAINT_FORM: 'แบบฟอร์มการร้องเรียน',
  NOTICE_LETTER: 'หนังสือแจ้งผู้ร้องเรียน',
  REFERRAL_LETTER: 'หนังสือส่งเรื่องต่อ',
  STATISTICS_REPORT: 'รายงานสรุปผลการดำเนินการเรื่องร้องเรียน',
  COMMITTEE_ORDER: 'คำสั่งแต่งตั้งคณะกรรมการสอบข้อเท็จจริง',
  SUMMARY_REPORT: 'บันทึกรายงานสรุปผลการดำเนินการเรื่องร้องเรียน',
};
