import { registerEnumType } from 'type-graphql';

export enum DeadlineUnit {
  WORKING_HOURS = 'WORKING_HOURS',
  WORKING_DAYS = 'WORKING_DAYS',
  DAYS = 'DAYS',
}

export enum DeadlineStatus {
  PENDING = 'PENDING',
  MET = 'MET',
  MET_LATE = 'MET_LATE',
  OVERDUE = 'OVERDUE',
  CANCELLED = 'CANCELLED',
}

/** Which complaints a rule applies to. */
export enum RuleScope {
  ALL = 'ALL',
  /** Notice deadlines: not for a complainant who left no contact (anonymous). */
  WITH_CONTACT = 'WITH_CONTACT',
}

registerEnumType(DeadlineUnit, {
  name: 'DeadlineUnit',
  valuesConfig: {
    WORKING_HOURS: { description: 'ชั่วโมงทำการ: office time, Monday–Friday 08:30–16:30 less holidays' },
    WORKING_DAYS: { description: 'วันทำการ: the day of the start not counted (APA s.64)' },
    DAYS: { description: 'วัน: the day of the start not counted; an end on a closed day moves to the next working day' },
  },
});
registerEnumType(DeadlineStatus, {
  name: 'DeadlineStatus',
  valuesConfig: {
    PENDING: { description: 'running, not yet due' },
    MET: { description: 'met at or before the due instant' },
    MET_LATE: { description: 'met after the due instant' },
    OVERDUE: { description: 'past due, unmet' },
    CANCELLED: { description: 'its stop can no longer happen' },
  },
});
registerEnumType(RuleScope, { name: 'RuleScope' });
