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
