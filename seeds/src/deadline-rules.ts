/** The statutory clocks of workflow.md, "Deadlines", seeded as data an administrator can edit. */
export interface DeadlineRuleSeed {
  code: string;
  nameTh: string;
  nameEn: string;
  manualRef: string;
  startEvent: string;
  amount: number;
  unit: 'WORKING_HOURS' | 'WORKING_DAYS' | 'DAYS';
  stopEvents: string[];
  stopNoticeKinds: string[];
  cancelEvents: string[];
  appliesTo: 'ALL' | 'WITH_CONTACT';
  position: number;
}

export const deadlineRules: DeadlineRuleSeed[] = [
  {
    code: 'REGISTER_SAO',
    nameTh: 'ลงทะเบียนรับหนังสือ อบต.',
    nameEn: 'Enter in the incoming-document register',
    manualRef: 'R2.1',
    startEvent: 'RECEIVED',
    amount: 3,
    unit: 'WORKING_HOURS',
    stopEvents: ['REGISTERED'],
    stopNoticeKinds: [],
    cancelEvents: [],
    appliesTo: 'ALL',
  },
  {
    code: 'CENTER_ORDER',
    nameTh: 'ลงทะเบียนศูนย์ฯ และเสนอผู้บังคับบัญชาสั่งการ',
    nameEn: "Center's register and the commander's order",
    manualRef: 'R2.2',
    startEvent: 'REGISTERED',
    amount: 1,
    unit: 'WORKING_DAYS',
    stopEvents: ['ORDERED', 'NOT_ACCEPTED'],
    stopNoticeKinds: [],
    cancelEvents: [],
    appliesTo: 'ALL',
  },
  {
    code: 'DISTRIBUTE',
    nameTh: 'แจกจ่ายเรื่องให้หน่วยงานที่เกี่ยวข้อง',
    nameEn: 'Distribute to the units concerned',
    manualRef: 'R2.3',
    startEvent: 'ORDERED',
    amount: 3,
    unit: 'WORKING_HOURS',
    stopEvents: ['DISTRIBUTED'],
    stopNoticeKinds: [],
    cancelEvents: ['NOT_ACCEPTED'],
    appliesTo: 'ALL',
  },
  {
    code: 'FIRST_REPLY',
    nameTh: 'แจ้งผู้ร้องเรียนครั้งแรก',
    nameEn: 'First notice to the complainant',
    manualRef: 'R3, R8, R9',
    startEvent: 'RECEIVED',
    amount: 15,
    unit: 'WORKING_DAYS',
    stopEvents: ['NOTICE_SENT'],
    stopNoticeKinds: [],
    cancelEvents: [],
    appliesTo: 'WITH_CONTACT',
  },
  {
    code: 'UNIT_REPORT',
    nameTh: 'หน่วยงานรายงานผลต่อคณะกรรมการ',
    nameEn: "The unit's result report",
    manualRef: 'R4.6',
    startEvent: 'DISTRIBUTED',
    amount: 7,
    unit: 'WORKING_DAYS',
    stopEvents: ['COMMITTEE_APPOINTED', 'RESOLVED'],
    stopNoticeKinds: [],
    cancelEvents: ['NOT_ACCEPTED'],
    appliesTo: 'ALL',
  },
  {
    code: 'COMMITTEE_NOTICE',
    nameTh: 'แจ้งความคืบหน้าเมื่อตั้งคณะกรรมการ',
    nameEn: 'Notice once a committee is appointed',
    manualRef: 'R4.4',
    startEvent: 'COMMITTEE_APPOINTED',
    amount: 7,
    unit: 'DAYS',
    stopEvents: ['NOTICE_SENT'],
    stopNoticeKinds: ['PROGRESS', 'RESULT'],
    cancelEvents: [],
    appliesTo: 'WITH_CONTACT',
  },
  {
    code: 'RESULT_NOTICE',
    nameTh: 'แจ้งผลแก่ผู้ร้องเรียน',
    nameEn: 'Result notice to the complainant',
    manualRef: 'R4.3',
    startEvent: 'RESOLVED',
    amount: 7,
    unit: 'DAYS',
    stopEvents: ['NOTICE_SENT'],
    stopNoticeKinds: ['RESULT'],
    cancelEvents: [],
    appliesTo: 'WITH_CONTACT',
  },
].map((rule, index) => ({
  ...rule,
  unit: rule.unit as DeadlineRuleSeed['unit'],
  appliesTo: rule.appliesTo as DeadlineRuleSeed['appliesTo'],
  position: index + 1,
}));
