/** Office hours of a body: every Thai government office keeps the same ones. */
export interface OfficeHours {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: string;
  closes: string;
}

/** Thai government offices work Monday to Friday, 08:30–16:30 (domain README, "Working time"). */
export const governmentOfficeHours: OfficeHours[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opens: '08:30',
  closes: '16:30',
}));

/** Every Thai body computes office time in Bangkok's zone. */
export const thaiTimeZone = 'Asia/Bangkok';
