/** Officials of the demo organisation. `key` ties an official to the demo user linked to it. */
export interface OfficialSeed {
  key: string;
  fullName: string;
  position: string;
  division: string;
}

export const officials: OfficialSeed[] = [
  { key: 'nayok', fullName: 'นายสมชาย ใจดี', position: 'นายกองค์การบริหารส่วนตำบลโคกแย้', division: 'PALAD' },
  { key: 'commander', fullName: 'นางสาววิไลวรรณ ศรีสุข', position: 'ปลัดองค์การบริหารส่วนตำบล', division: 'PALAD' },
  { key: 'center', fullName: 'นางสุนิสา แก้วมณี', position: 'นิติกร (ศูนย์ปฏิบัติการต่อต้านการทุจริต)', division: 'PALAD' },
  { key: 'personnel', fullName: 'นายประเสริฐ บุญมา', position: 'นักทรัพยากรบุคคล', division: 'PALAD' },
  { key: 'engineer', fullName: 'นายวีระ ทองคำ', position: 'นายช่างโยธา', division: 'ENGINEERING' },
  { key: 'engineering-director', fullName: 'นายอนุชา พรหมมา', position: 'ผู้อำนวยการกองช่าง', division: 'ENGINEERING' },
  { key: 'finance', fullName: 'นางมาลี สายทอง', position: 'นักวิชาการเงินและบัญชี', division: 'FINANCE' },
  { key: 'procurement', fullName: 'นายธนากร มีสุข', position: 'เจ้าพนักงานพัสดุ', division: 'FINANCE' },
  { key: 'teacher', fullName: 'นางรัชนี จันทร์เพ็ญ', position: 'ครู ผู้ดูแลเด็ก', division: 'EDUCATION' },
  { key: 'health', fullName: 'นายสมศักดิ์ รุ่งเรือง', position: 'นักวิชาการสุขาภิบาล', division: 'PUBLIC_HEALTH' },
  { key: 'welfare', fullName: 'นางสาวพิมพ์ชนก อินทร์แก้ว', position: 'นักพัฒนาชุมชน', division: 'SOCIAL_WELFARE' },
];
