// Issue 14, item 7: the clerk's daily friction — the phone menu, dates typed in the Buddhist Era,
// errors that name their field, the warning before leaving a half-filled form, each screen's note.
export const menuTh = {
  open: 'เมนู',
  close: 'ปิดเมนู',
};

export const dateEntryTh = {
  pick: 'เลือกจากปฏิทิน',
  calendar: (label: string) => `ปฏิทิน: ${label}`,
  close: 'ปิดปฏิทิน',
  /** What a wrong entry is told: the field by its label and the format expected. */
  dateTimeFormat: (label: string) => `${label}: กรอกเป็น วัน/เดือน/ปี พ.ศ. เวลา เช่น 1/12/2569 14:30`,
  dateFormat: (label: string) => `${label}: กรอกเป็น วัน/เดือน/ปี พ.ศ. เช่น 1/12/2569`,
  dateTimePlaceholder: 'วว/ดด/ปปปป ชช:นน',
  datePlaceholder: 'วว/ดด/ปปปป',
};

export const leaveTh = {
  confirm: 'ข้อมูลที่กรอกไว้ยังไม่ได้บันทึก ต้องการออกจากหน้านี้หรือไม่',
};

/**
 * The fields the API's errors name (`extensions.field`, `fields[].field`), as a clerk knows them:
 * an error never shows an internal name (app/fieldErrors.ts).
 */
export const fieldsTh = {
  problem: (label: string, message: string) => `${label}: ${message}`,
  accusedN: (n: number) => `ผู้ถูกกล่าวหาคนที่ ${n}`,
  evidenceN: (n: number) => `หลักฐานรายการที่ ${n}`,
  memberN: (n: number) => `กรรมการคนที่ ${n}`,
  /** A field the table does not know: still no internal name. */
  unknown: 'ข้อมูลที่กรอก',
  invalid: 'ข้อมูลไม่ถูกต้อง',
  maxLength: (n: number) => `ยาวได้ไม่เกิน ${n} ตัวอักษร`,
  minLength: (n: number) => `ต้องยาวอย่างน้อย ${n} ตัวอักษร`,
  max: (n: number) => `ต้องไม่เกิน ${n}`,
  min: (n: number) => `ต้องไม่น้อยกว่า ${n}`,
  minItems: (n: number) => `ต้องมีอย่างน้อย ${n} รายการ`,
  labels: {
    at: 'วันเวลาที่ดำเนินการ',
    channel: 'ช่องทางที่รับเรื่อง',
    receivedAt: 'วันเวลาที่รับเรื่อง',
    subject: 'เรื่อง',
    details: 'รายละเอียดการกระทำ',
    requestedAction: 'สิ่งที่ขอให้ดำเนินการ',
    incidentAt: 'วันเวลาที่เกิดเหตุ',
    incidentPlace: 'สถานที่เกิดเหตุ',
    complainant: 'ผู้ร้องเรียน',
    fullName: 'ชื่อ-สกุล',
    age: 'อายุ',
    address: 'ที่อยู่',
    houseNumber: 'บ้านเลขที่',
    moo: 'หมู่ที่',
    tambon: 'ตำบล',
    amphoe: 'อำเภอ',
    changwat: 'จังหวัด',
    postcode: 'รหัสไปรษณีย์',
    phone: 'โทรศัพท์',
    email: 'อีเมล',
    accused: 'ผู้ถูกกล่าวหา',
    officialId: 'เจ้าหน้าที่',
    position: 'ตำแหน่ง',
    unit: 'สังกัด',
    evidence: 'พยานหลักฐาน',
    description: 'รายการหลักฐาน',
    copies: 'จำนวน (ฉบับ)',
    originAgency: 'ที่มาของเรื่อง',
    originReference: 'เลขอ้างอิงของหน่วยงานต้นทาง',
    registerNumber: 'เลขทะเบียนหนังสือรับ',
    centerRegisterNumber: 'เลขทะเบียนเรื่องร้องเรียนของศูนย์ฯ',
    units: 'หน่วยงานที่รับผิดชอบ',
    reason: 'เหตุผล',
    note: 'หมายเหตุ',
    orderNumber: 'เลขที่คำสั่งแต่งตั้ง',
    members: 'กรรมการ',
    role: 'ตำแหน่งในคณะกรรมการ',
    outcome: 'ผลการตรวจสอบ',
    findings: 'ข้อเท็จจริงที่พบ',
    kind: 'ประเภทหนังสือแจ้ง',
    method: 'วิธีแจ้ง',
    date: 'วันที่',
    nameTh: 'ชื่อภาษาไทย',
    nameEn: 'ชื่อภาษาอังกฤษ',
    leftOn: 'วันที่พ้นจากตำแหน่ง',
    code: 'รหัส',
    divisionCode: 'กอง/ฝ่าย',
    division: 'กอง/ฝ่าย',
    username: 'ชื่อผู้ใช้',
    displayName: 'ชื่อที่แสดง',
    roles: 'บทบาท',
    newPassword: 'รหัสผ่านใหม่',
    fiscalYear: 'ปีงบประมาณ',
    quarter: 'ไตรมาส',
    file: 'ไฟล์',
    attachmentIds: 'ไฟล์แนบ',
    toOrganisationCode: 'หน่วยงานปลายทาง',
    letter: 'ข้อความในหนังสือ',
    paragraphs: 'ข้อความในหนังสือ',
    void: 'เหตุผลที่ยกเลิก',
  } as Record<string, string>,
};

/** The overview's period: a fiscal year (B.E.) and a quarter or the whole year, kept in the address. */
export const periodTh = {
  legend: 'ช่วงเวลาที่แสดง',
  fiscalYear: 'ปีงบประมาณ',
  quarter: 'ไตรมาส',
  wholeYear: 'ทั้งปี',
  quarterN: (q: number) => `ไตรมาส ${q}`,
  fiscalYearN: (fy: number) => `พ.ศ. ${fy}`,
  shown: (fy: number, q: number | null) => (q ? `ปีงบประมาณ ${fy} ไตรมาสที่ ${q}` : `ปีงบประมาณ ${fy} ทั้งปี`),
  received: 'รับเรื่องในช่วงที่เลือก',
  totals: (shown: string, received: number, inProgress: number, closed: number, notAccepted: number) =>
    `${shown}: รับ ${received} · อยู่ระหว่างดำเนินการ ${inProgress} · ยุติ ${closed} · ไม่รับพิจารณา ${notAccepted}`,
  live: 'ตัวเลขเรื่องค้างและเกินกำหนดเป็นของวันนี้ ปรับปรุงอัตโนมัติ',
};

/** Each screen's note: what the manual asks at that step (domain README, rules R1–R10). */
export const helpTh = {
  title: 'คู่มือกำหนดไว้ว่า',
  show: 'แสดงคำแนะนำ',
  hide: 'ซ่อนคำแนะนำ',
  board:
    'R2: ลงทะเบียนรับหนังสือ อบต. ภายใน 3 ชั่วโมง ลงทะเบียนศูนย์ฯ และเสนอผู้บังคับบัญชาภายใน 1 วัน แจกจ่ายให้หน่วยงานภายใน 3 ชั่วโมงหลังมีคำสั่ง R9: ตรวจทุกช่องทางทุกวันทำการ',
  intake:
    'R5, R7: บันทึกทุกเรื่องจากทุกช่องทางลงแบบบันทึก ระบุผู้ร้องเรียน (ปกปิด) ผู้ถูกกล่าวหา วันเวลาและสถานที่ รายละเอียด และหลักฐานพร้อมจำนวนฉบับ ระบบออกเลขรับ (ลำดับ/ปี พ.ศ.) ให้ แล้วลงทะเบียนรับภายใน 3 ชั่วโมง (R2.1)',
  register: 'R7: ทุกเรื่องลงทะเบียนเรื่องร้องเรียนของศูนย์ฯ R10: สรุปผลเสนอนายกทุกไตรมาส และสรุปสถิติทั้งปีงบประมาณ (1 ต.ค. – 30 ก.ย.) เพื่อเผยแพร่',
  overview: 'R10: สรุปผลการจัดการเรื่องร้องเรียนเสนอนายกทุกไตรมาส เมื่อสิ้นปีงบประมาณสรุปและวิเคราะห์เป็นสถิติประจำปีและเผยแพร่ (ITA)',
  reports: 'R10: รายงานที่ออกแล้วเก็บไว้ตามที่ออก ฉบับรายไตรมาสเสนอนายก ฉบับประจำปีงบประมาณเผยแพร่ต่อสาธารณะ',
  /** The complaint file: what the manual asks at the complaint's stage. */
  stages: {
    RECEIVED: 'R2.1: ลงทะเบียนรับหนังสือ อบต. ภายใน 3 ชั่วโมงนับจากรับเรื่อง',
    REGISTERED: 'R2.2: ลงทะเบียนศูนย์ฯ และเสนอผู้บังคับบัญชาสั่งการภายใน 1 วัน',
    AWAITING_ORDER:
      'R2.2, R6: ผู้บังคับบัญชาสั่งรับพิจารณาพร้อมระบุหน่วยงาน หรือไม่รับพิจารณาโดยบันทึกเหตุผล (บัตรสนเท่ห์ไม่มีหลักฐานชัดเจน อยู่ในศาล อยู่ในอำนาจหน่วยงานอื่น หรือเป็นข้อพิพาทระหว่างเอกชน)',
    ORDERED: 'R2.3: แจกจ่ายให้หน่วยงานที่เกี่ยวข้องดำเนินการตามคำสั่งภายใน 3 ชั่วโมง',
    FACT_FINDING:
      'R4.2–R4.4: ตรวจสอบข้อเท็จจริง หากได้ข้อยุติแจ้งผลผู้ร้องเรียนภายใน 7 วัน หากไม่ได้ข้อยุติให้แต่งตั้งคณะกรรมการสอบข้อเท็จจริง R3: แจ้งผู้ร้องเรียนครั้งแรกภายใน 15 วัน',
    COMMITTEE: 'R4.4: คณะกรรมการสอบข้อเท็จจริงพิจารณา แจ้งผลหรือความคืบหน้าแก่ผู้ร้องเรียนภายใน 7 วัน',
    RESOLVED: 'R4.3: แจ้งผลแก่ผู้ร้องเรียนเป็นหนังสือภายใน 7 วัน R4.5: เขียนรายงานสรุปเสนอผู้บริหาร แล้วจึงยุติเรื่อง',
    CLOSED: 'R10: เรื่องที่ยุติแล้วนับในสรุปรายไตรมาสและสถิติประจำปีงบประมาณ',
    NOT_ACCEPTED: 'R6: บันทึกเหตุผลที่ไม่รับพิจารณาไว้ R3: ผู้ร้องเรียนที่ให้ช่องทางติดต่อไว้ได้รับหนังสือแจ้งภายใน 15 วัน',
  } as Partial<Record<string, string>>,
};
