// Issue 14, item 5: the registers of a fiscal year as files (PDF and Excel), on the register page.
export const registersTh = {
  title: 'ทะเบียนประจำปีงบประมาณ (พิมพ์หรือดาวน์โหลด)',
  intro: 'ทะเบียนหนังสือรับ ทะเบียนหนังสือส่ง และสมุดทะเบียนเรื่องร้องเรียนของศูนย์ฯ ตามแบบที่ระเบียบกำหนด',
  fiscalYear: (fy: number) => `ปีงบประมาณ ${fy}`,
  names: {
    received: 'ทะเบียนหนังสือรับ',
    sent: 'ทะเบียนหนังสือส่ง',
    complaints: 'ทะเบียนเรื่องร้องเรียน',
  },
  pdf: 'PDF',
  xlsx: 'Excel',
  link: (register: string, fy: number, format: string) => `${register} ปีงบประมาณ ${fy} (${format})`,
};
