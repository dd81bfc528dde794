/** The demo organisation: Kok Yae Subdistrict Administrative Organization (manual, cover and R1). */
export interface OfficeHours {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: string;
  closes: string;
}

export interface OrganisationSeed {
  code: string;
  nameTh: string;
  nameEn: string;
  address: string;
  timeZone: string;
  officeHours: OfficeHours[];
}

/** Thai government offices work Monday to Friday, 08:30–16:30 (domain README, "Working time"). */
export const governmentOfficeHours: OfficeHours[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opens: '08:30',
  closes: '16:30',
}));

export const organisation: OrganisationSeed = {
  code: 'KOK_YAE',
  nameTh: 'องค์การบริหารส่วนตำบลโคกแย้',
  nameEn: 'Kok Yae Subdistrict Administrative Organization',
  address: '40 หมู่ 6 ตำบลโคกแย้ อำเภอหนองแค จังหวัดสระบุรี 18230',
  timeZone: 'Asia/Bangkok',
  officeHours: governmentOfficeHours,
};
