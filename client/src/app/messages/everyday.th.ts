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
