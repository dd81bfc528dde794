/**
 * Issue 14, item 7 (contract, "Paperwork and publication": error messages name things in Thai):
 * the Thai name of each field an input may carry, as the forms label it, so that a refusal of the
 * input's shape says which field and what is wrong with it without an internal name.
 */
const labels: Record<string, string> = {
  accused: 'ผู้ถูกกล่าวหา',
  active: 'สถานะการใช้งาน',
  address: 'ที่อยู่',
  age: 'อายุ',
  amount: 'จำนวน',
  amphoe: 'อำเภอ',
  at: 'วันเวลาที่ดำเนินการ',
  attachmentIds: 'ไฟล์แนบ',
  body: 'หน่วยงาน',
  centerRegisterNumber: 'เลขทะเบียนศูนย์ฯ',
  changwat: 'จังหวัด',
  channel: 'ช่องทาง',
  code: 'รหัส',
  complainant: 'ผู้ร้องเรียน',
  complaintId: 'เรื่องร้องเรียน',
  contact: 'ข้อมูลติดต่อ',
  copies: 'จำนวนชุด',
  csv: 'แฟ้มข้อมูล',
  currentPassword: 'รหัสผ่านปัจจุบัน',
  dataUrl: 'ไฟล์ภาพ',
  date: 'วันที่',
  decision: 'การสั่งการ',
  description: 'รายการ',
  details: 'รายละเอียดการกระทำ',
  displayName: 'ชื่อที่แสดง',
  division: 'หน่วยงาน',
  divisionCode: 'หน่วยงาน',
  document: 'ชนิดเอกสาร',
  email: 'อีเมล',
  evidence: 'พยานหลักฐาน',
  expectedVersion: 'ฉบับของข้อมูล',
  facebook: 'เพจเฟซบุ๊ก',
  fax: 'โทรสาร',
  findings: 'ผลการตรวจสอบข้อเท็จจริง',
  fiscalYear: 'ปีงบประมาณ',
  fullName: 'ชื่อ-สกุล',
  hours: 'จำนวนชั่วโมง',
  houseNumber: 'บ้านเลขที่',
  incidentAt: 'วันเวลาที่เกิดเหตุ',
  incidentPlace: 'สถานที่เกิดเหตุ',
  kind: 'ประเภท',
  leftOn: 'วันที่พ้นจากตำแหน่ง',
  letterNumber: 'เลขที่หนังสือ',
  members: 'กรรมการ',
  message: 'ข้อความ',
  method: 'วิธีแจ้ง',
  moo: 'หมู่',
  name: 'ชื่อ',
  nameEn: 'ชื่อภาษาอังกฤษ',
  nameTh: 'ชื่อภาษาไทย',
  newPassword: 'รหัสผ่านใหม่',
  note: 'หมายเหตุ',
  officeCode: 'รหัสหนังสือ',
  officialId: 'เจ้าหน้าที่',
  onBehalfOf: 'ปฏิบัติราชการแทน',
  orderNumber: 'เลขที่คำสั่ง',
  originAgency: 'หน่วยงานที่ส่งเรื่อง',
  originReference: 'เลขที่หนังสือของหน่วยงานที่ส่งเรื่อง',
  otp: 'รหัสยืนยันตัวตน',
  outcome: 'ผลการพิจารณา',
  paragraphs: 'ข้อความในหนังสือ',
  password: 'รหัสผ่าน',
  phone: 'โทรศัพท์',
  position: 'ตำแหน่ง',
  postcode: 'รหัสไปรษณีย์',
  quarter: 'ไตรมาส',
  reason: 'เหตุผล',
  receivedAt: 'วันเวลาที่รับเรื่อง',
  registerNumber: 'เลขทะเบียนรับ',
  requestedAction: 'สิ่งที่ประสงค์ให้ดำเนินการ',
  role: 'บทบาท',
  roles: 'บทบาท',
  scopes: 'ขอบเขตสิทธิ์',
  search: 'คำค้น',
  signers: 'ผู้ลงนาม',
  stage: 'ขั้นตอน',
  subject: 'เรื่อง',
  tambon: 'ตำบล',
  toOrganisationCode: 'หน่วยงานที่ส่งต่อ',
  token: 'รหัส',
  unit: 'สังกัด',
  units: 'หน่วยงานที่รับผิดชอบ',
  username: 'ชื่อผู้ใช้',
  website: 'เว็บไซต์',
};

/**
 * The Thai name of a field path as class-validator and the input checks give it ("input.accused.0.fullName",
 * "accused[1].unit"): the field's own name, and which one of a list it is ("ผู้ถูกกล่าวหาคนที่ 2: ชื่อ-สกุล").
 */
export function fieldLabelTh(path: string): string {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part && part !== 'input');
  const named: string[] = [];
  for (const [index, part] of parts.entries()) {
    if (/^\d+$/.test(part)) {
      if (named.length) named[named.length - 1] += ` รายการที่ ${Number(part) + 1}`;
      continue;
    }
    const label = labels[part];
    // A field with no Thai name is not named: its list entry (or the input) stands for it.
    if (label) named.push(label);
    else if (index === parts.length - 1 && named.length === 0) named.push('ข้อมูลที่ส่งมา');
  }
  return named.join(': ') || 'ข้อมูลที่ส่งมา';
}

/** A class-validator constraint, in Thai, with the limit its English message gives. */
export function constraintTh(constraint: string, messageEn: string): string {
  const limit = /(\d[\d,]*)/.exec(messageEn)?.[1];
  switch (constraint) {
    case 'maxLength':
      return `ยาวได้ไม่เกิน ${limit} ตัวอักษร`;
    case 'minLength':
      return `ต้องยาวอย่างน้อย ${limit} ตัวอักษร`;
    case 'arrayMaxSize':
      return `มีได้ไม่เกิน ${limit} รายการ`;
    case 'arrayMinSize':
      return `ต้องมีอย่างน้อย ${limit} รายการ`;
    case 'max':
      return `ต้องไม่เกิน ${limit}`;
    case 'min':
      return `ต้องไม่น้อยกว่า ${limit}`;
    case 'isEmail':
      return 'ไม่ใช่อีเมลที่ถูกต้อง (ตัวอย่าง name@example.go.th)';
    case 'isInt':
      return 'ต้องเป็นจำนวนเต็ม';
    case 'isUuid':
    case 'isUUID':
      return 'ไม่ใช่รหัสอ้างอิงที่ถูกต้อง';
    case 'matches':
      return 'ต้องมีตัวอักษร ไม่ใช่ช่องว่างอย่างเดียว';
    default:
      return 'ไม่ถูกต้อง';
  }
}
