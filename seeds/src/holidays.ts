import calendar from './holidays-th.json' with { type: 'json' };

/** The days government offices close (shared/domain/holidays-th.json, copied here). */
export type HolidayKind = 'REGULAR' | 'SUBSTITUTE' | 'SPECIAL' | 'GOVERNMENT_ONLY' | 'LOCAL_ORDER';
export type HolidayStatus = 'PROVISIONAL' | 'CONFIRMED';

export interface HolidaySeed {
  date: string;
  nameTh: string;
  nameEn: string;
  kind: HolidayKind;
  status: HolidayStatus;
}

export const holidays: HolidaySeed[] = calendar.holidays as HolidaySeed[];
