import type { ComplaintStage, Role } from '../schema-types';

// The Thai catalogue is the source of truth: its shape is the `Messages` type that every other
// language must fill in completely (en.ts fails to compile when a message is missing).
export const th = {
  appName: 'ร้องเรียน · Rongrian',
  common: {
    loading: 'กำลังโหลด…',
    retry: 'ลองอีกครั้ง',
    startFailed: 'เปิดระบบไม่สำเร็จ',
    unreachable: 'ติดต่อเซิร์ฟเวอร์ไม่ได้ กรุณาตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
    failed: 'ระบบขัดข้อง กรุณาลองอีกครั้ง หากยังไม่ได้ โปรดแจ้งผู้ดูแลระบบ',
    reference: (id: string) => `(รหัสอ้างอิง ${id})`,
  },
  language: {
    label: 'ภาษา',
  },
  signIn: {
    title: 'เข้าสู่ระบบ',
    intro: 'ระบบรับและติดตามเรื่องร้องเรียนสำหรับเจ้าหน้าที่',
    username: 'ชื่อผู้ใช้',
    password: 'รหัสผ่าน',
    submit: 'เข้าสู่ระบบ',
    submitting: 'กำลังเข้าสู่ระบบ…',
    badCredentials: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง กรุณาตรวจสอบแล้วลองอีกครั้ง',
  },
  header: {
    roles: 'บทบาท',
    signOut: 'ออกจากระบบ',
    signingOut: 'กำลังออกจากระบบ…',
    signOutFailed: 'ออกจากระบบไม่สำเร็จ กรุณาลองอีกครั้ง',
  },
  board: {
    title: 'กระดานเรื่องร้องเรียน',
    columns: 'ขั้นตอนการดำเนินการ',
    refresh: 'รีเฟรช',
    refreshing: 'กำลังรีเฟรช…',
    empty: 'ไม่มีเรื่องในขั้นตอนนี้',
    count: (n: number) => `${n} เรื่อง`,
    loadFailed: 'โหลดกระดานไม่สำเร็จ',
    forbiddenTitle: 'บัญชีนี้ไม่ได้ใช้กระดานเรื่องร้องเรียน',
    forbiddenBody:
      'บทบาทของคุณไม่มีสิทธิ์ดูเรื่องร้องเรียนบนกระดาน หากจำเป็นต้องใช้งาน โปรดติดต่อผู้ดูแลระบบ',
    sessionExpired: 'หมดเวลาการเข้าสู่ระบบแล้ว',
    signInAgain: 'เข้าสู่ระบบอีกครั้ง',
  },
  card: {
    receiptNumber: 'เลขรับที่',
    channel: 'ช่องทาง',
    receivedAt: 'รับเมื่อ',
  },
  roles: {
    ADMIN: 'ผู้ดูแลระบบ',
    CENTER_OFFICER: 'เจ้าหน้าที่ศูนย์ฯ',
    COMMANDER: 'ผู้บังคับบัญชา',
    DIVISION_OFFICER: 'เจ้าหน้าที่กอง',
    EXECUTIVE: 'นายก อบต./ผู้บริหาร',
    AUDITOR: 'ผู้ตรวจสอบ',
  } satisfies Record<Role, string>,
  stages: {
    RECEIVED: 'รับเรื่อง',
    REGISTERED: 'ลงทะเบียนรับ อบต.',
    AWAITING_ORDER: 'เสนอผู้บังคับบัญชา',
    ORDERED: 'ผู้บังคับบัญชาสั่งการ',
    FACT_FINDING: 'ตรวจสอบข้อเท็จจริง',
    COMMITTEE: 'คณะกรรมการสอบข้อเท็จจริง',
    RESOLVED: 'ได้ข้อยุติ',
    CLOSED: 'ยุติเรื่อง',
    NOT_ACCEPTED: 'ไม่รับพิจารณา',
  } satisfies Record<ComplaintStage, string>,
};

export type Messages = typeof th;
