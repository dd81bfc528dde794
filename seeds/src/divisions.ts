/** The divisions (กอง/สำนัก) a complaint may be assigned to; PALAD is home of the Center. */
export interface DivisionSeed {
  code: string;
  nameTh: string;
  nameEn: string;
  position: number;
}

export const divisions: DivisionSeed[] = [
  { code: 'PALAD', nameTh: 'สำนักปลัด', nameEn: 'Office of the Permanent Secretary' },
  { code: 'FINANCE', nameTh: 'กองคลัง', nameEn: 'Finance Division' },
  { code: 'ENGINEERING', nameTh: 'กองช่าง', nameEn: 'Engineering Division' },
  { code: 'EDUCATION', nameTh: 'กองการศึกษา ศาสนาและวัฒนธรรม', nameEn: 'Education, Religion and Culture Division' },
  { code: 'PUBLIC_HEALTH', nameTh: 'กองสาธารณสุขและสิ่งแวดล้อม', nameEn: 'Public Health and Environment Division' },
  { code: 'SOCIAL_WELFARE', nameTh: 'กองสวัสดิการสังคม', nameEn: 'Social Welfare Division' },
].map((division, index) => ({ ...division, position: index + 1 }));
