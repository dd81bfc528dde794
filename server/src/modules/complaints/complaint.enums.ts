import { registerEnumType } from 'type-graphql';

/** The stages of shared/domain/workflow.md: the columns of the staff board. */
export enum ComplaintStage {
  RECEIVED = 'RECEIVED',
  REGISTERED = 'REGISTERED',
  AWAITING_ORDER = 'AWAITING_ORDER',
  ORDERED = 'ORDERED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  FACT_FINDING = 'FACT_FINDING',
  COMMITTEE = 'COMMITTEE',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

export enum OrderDecision {
  ACCEPT = 'ACCEPT',
  NOT_ACCEPT = 'NOT_ACCEPT',
}

/** R6: why a complaint is not taken up. */
export enum NotAcceptedReason {
  ANONYMOUS_WITHOUT_EVIDENCE = 'ANONYMOUS_WITHOUT_EVIDENCE',
  BEFORE_COURT = 'BEFORE_COURT',
  OTHER_AGENCY = 'OTHER_AGENCY',
  PRIVATE_DISPUTE = 'PRIVATE_DISPUTE',
  INSUFFICIENT_INFORMATION = 'INSUFFICIENT_INFORMATION',
  OTHER = 'OTHER',
}

export enum ComplaintOutcome {
  SUBSTANTIATED = 'SUBSTANTIATED',
  UNSUBSTANTIATED = 'UNSUBSTANTIATED',
  REFERRED = 'REFERRED',
}

export enum NoticeKind {
  ACKNOWLEDGEMENT = 'ACKNOWLEDGEMENT',
  PROGRESS = 'PROGRESS',
  RESULT = 'RESULT',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
}

export enum NoticeMethod {
  LETTER = 'LETTER',
  EMAIL = 'EMAIL',
  IN_PERSON = 'IN_PERSON',
  TRACKING_PAGE = 'TRACKING_PAGE',
}

export enum CommitteeRole {
  CHAIR = 'CHAIR',
  MEMBER = 'MEMBER',
  SECRETARY = 'SECRETARY',
}

/** What happened to a complaint: one kind per workflow move, appended to its event log. */
export enum ComplaintEventKind {
  RECEIVED = 'RECEIVED',
  REGISTERED = 'REGISTERED',
  SUBMITTED_FOR_ORDER = 'SUBMITTED_FOR_ORDER',
  ORDERED = 'ORDERED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  DISTRIBUTED = 'DISTRIBUTED',
  COMMITTEE_APPOINTED = 'COMMITTEE_APPOINTED',
  RESOLVED = 'RESOLVED',
  /** One of several assigned divisions reported its findings; the complaint stays in fact-finding. */
  UNIT_REPORTED = 'UNIT_REPORTED',
  NOTICE_SENT = 'NOTICE_SENT',
  CLOSED = 'CLOSED',
  /** An administrator changed the office calendar and the complaint's open deadlines moved. */
  CALENDAR_CHANGED = 'CALENDAR_CHANGED',
  /** The Center corrected what was recorded (contract, "Corrections and the register"); earlier events stay as they were. */
  CORRECTED = 'CORRECTED',
  /** The Center voided a complaint recorded by mistake: kept in the register as void, never deleted. */
  VOIDED = 'VOIDED',
  /** Issue 11, item 6: brought in from a past register (the file's SHA-256 and row in its data). */
  IMPORTED = 'IMPORTED',
  /** Issue 12, item 4: evidence files joined it (a staff scan, or the complainant's through the tracking page); their count and SHA-256 in its data. */
  FILES_ATTACHED = 'FILES_ATTACHED',
  /** Issue 13, item 4 (R6): sent to the agency it belongs to, by a referral letter; the stage stays. */
  REFERRED = 'REFERRED',
}

registerEnumType(ComplaintStage, {
  name: 'ComplaintStage',
  description: 'Where a complaint stands in the workflow (shared/domain/workflow.md)',
  valuesConfig: {
    RECEIVED: { description: 'รับเรื่อง — recorded on the complaint form (R1, R5, R7)' },
    REGISTERED: { description: 'ลงทะเบียนรับ อบต. — in the incoming-document register (R2.1)' },
    AWAITING_ORDER: { description: "ลงทะเบียนศูนย์ฯ / เสนอผู้บังคับบัญชา — in the Center's register, put to the commander (R2.2)" },
    ORDERED: { description: 'ผู้บังคับบัญชาสั่งการ — taken up, units named (R2.2, R6)' },
    NOT_ACCEPTED: { description: 'ไม่รับพิจารณา — not taken up, with an R6 reason (terminal)' },
    FACT_FINDING: { description: 'ตรวจสอบข้อเท็จจริง — distributed to the units, facts being checked (R2.3, R4.2)' },
    COMMITTEE: { description: 'คณะกรรมการสอบข้อเท็จจริง — a fact-finding committee is appointed (R3, R4.4)' },
    RESOLVED: { description: 'ได้ข้อยุติ — findings and outcome recorded (R4.3, R4.5)' },
    CLOSED: { description: 'ยุติเรื่อง — reported and the complainant notified (terminal)' },
  },
});
registerEnumType(OrderDecision, { name: 'OrderDecision', description: "The commander's decision (R2.2, R6)" });
registerEnumType(NotAcceptedReason, { name: 'NotAcceptedReason', description: 'Why a complaint is not taken up (R6)' });

/**
 * Issue 13, item 4: the agency outside this deployment a complaint came from (the flowchart's
 * หนังสือจังหวัด/อำเภอ, the Damrongdhama Center, the national 1111 line), with its reference number.
 */
export enum OriginAgency {
  DAMRONGDHAMA = 'DAMRONGDHAMA',
  DISTRICT = 'DISTRICT',
  PROVINCE = 'PROVINCE',
  LINE_1111 = 'LINE_1111',
  OTHER = 'OTHER',
}
registerEnumType(OriginAgency, {
  name: 'OriginAgency',
  description: 'The agency outside this deployment a complaint came from (issue 13)',
  valuesConfig: {
    DAMRONGDHAMA: { description: 'ศูนย์ดำรงธรรม — the Damrongdhama Center (counted apart: LPA 3.2)' },
    DISTRICT: { description: 'อำเภอ — the district office' },
    PROVINCE: { description: 'จังหวัด — the province' },
    LINE_1111: { description: 'สายด่วน 1111 สำนักนายกรัฐมนตรี — the national 1111 line' },
    OTHER: { description: 'หน่วยงานอื่น — another agency' },
  },
});
registerEnumType(ComplaintOutcome, { name: 'ComplaintOutcome', description: 'What the facts showed' });
registerEnumType(NoticeKind, { name: 'NoticeKind', description: 'A written notice to the complainant' });
registerEnumType(NoticeMethod, { name: 'NoticeMethod', description: 'How a notice reached the complainant' });
registerEnumType(CommitteeRole, { name: 'CommitteeRole', description: 'A seat on a fact-finding committee' });
/** The moves of shared/domain/workflow.md and release 2, as `availableMoves` names them. */
export enum MoveKind {
  REGISTER = 'REGISTER',
  SUBMIT_FOR_ORDER = 'SUBMIT_FOR_ORDER',
  ORDER = 'ORDER',
  DISTRIBUTE = 'DISTRIBUTE',
  APPOINT_COMMITTEE = 'APPOINT_COMMITTEE',
  RESOLVE = 'RESOLVE',
  SEND_NOTICE = 'SEND_NOTICE',
  CLOSE = 'CLOSE',
  CORRECT = 'CORRECT',
  REPLY = 'REPLY',
  REFER = 'REFER',
}

registerEnumType(MoveKind, {
  name: 'MoveKind',
  description: 'A move a caller may make on a complaint (Complaint.availableMoves)',
  valuesConfig: {
    REGISTER: { description: 'registerComplaint: RECEIVED → REGISTERED (R2.1)' },
    SUBMIT_FOR_ORDER: { description: 'submitForOrder: REGISTERED → AWAITING_ORDER (R2.2)' },
    ORDER: { description: 'orderComplaint: AWAITING_ORDER → ORDERED or NOT_ACCEPTED (R2.2, R6)' },
    DISTRIBUTE: { description: 'distributeComplaint: ORDERED → FACT_FINDING (R2.3)' },
    APPOINT_COMMITTEE: { description: 'appointCommittee: FACT_FINDING → COMMITTEE (R3, R4.4)' },
    RESOLVE: { description: "resolveComplaint: the Center's resolution, or the caller's division's report (R4.3, R4.5, R4.6)" },
    SEND_NOTICE: { description: 'sendNotice: a written notice to the complainant (R3, R4, R8)' },
    CLOSE: { description: 'closeComplaint: RESOLVED → CLOSED (R3, R4.5)' },
    CORRECT: { description: 'correctComplaint: corrects what was recorded, or voids a complaint recorded by mistake (release 2)' },
    REPLY: { description: "replyToComplainant on the tracking page's conversation (release 2)" },
    REFER: { description: 'referComplaint to another agency (release 2)' },
  },
});

registerEnumType(ComplaintEventKind, { name: 'ComplaintEventKind', description: "An entry of a complaint's history" });

/** How an accused was linked to an official (issue 9, item 4). */
export enum AccusedLink {
  CHOSEN = 'CHOSEN',
  SAME_NAME = 'SAME_NAME',
  PROBABLE = 'PROBABLE',
}

registerEnumType(AccusedLink, {
  name: 'AccusedLink',
  valuesConfig: {
    CHOSEN: { description: 'The clerk chose the official' },
    SAME_NAME: { description: "Linked because the name written is that official's (titles and spacing aside)" },
    PROBABLE: {
      description:
        'Linked because what was written probably means that official (a typo away, one name alone, a position one official holds); notOfficials refuses it',
    },
  },
});
