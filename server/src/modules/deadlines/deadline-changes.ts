import type { ComplaintEventKind, NoticeKind } from '../complaints/complaint.enums.js';
import { dueAt, dueSoonAt, type OfficeCalendar } from '../calendar/working-time.js';
import { DeadlineUnit, RuleScope } from './deadline.enums.js';

export interface RuleRow {
  code: string;
  startEvent: ComplaintEventKind;
  amount: number;
  unit: DeadlineUnit;
  stopEvents: ComplaintEventKind[];
  stopNoticeKinds: string[];
  cancelEvents: ComplaintEventKind[];
  appliesTo: RuleScope;
}

export interface StartedDeadline {
  rule_code: string;
  started_at: string;
  due_at: string;
  due_soon_at: string;
}

export interface DeadlineChanges {
  start: StartedDeadline[];
  meet: string[];
  cancel: string[];
}

/** The deadline of `rule` started at `at`: its due and due-soon instants on the calendar in force. */
export function deadlineTimes(calendar: OfficeCalendar, rule: Pick<RuleRow, 'amount' | 'unit'>, at: Date) {
  const due = dueAt(calendar, at, rule.amount, rule.unit);
  return { due, dueSoon: dueSoonAt(calendar, due, rule.amount, rule.unit) };
}

/**
 * What an event does to a complaint's deadlines (workflow.md, "Deadlines"): starts the rules it is
 * the start of, meets the open deadlines it stops, cancels those whose stop can no longer happen.
 * Notice rules do not apply to a complainant who left no contact.
 */
export function deadlineChanges(
  rules: RuleRow[],
  calendar: OfficeCalendar,
  event: { kind: ComplaintEventKind; noticeKind?: NoticeKind; at: Date; hasContact: boolean },
): DeadlineChanges {
  const applies = (rule: RuleRow) => rule.appliesTo === RuleScope.ALL || event.hasContact;
  const start = rules
    .filter((rule) => rule.startEvent === event.kind && applies(rule))
    .map((rule) => {
      const { due, dueSoon } = deadlineTimes(calendar, rule, event.at);
      return { rule_code: rule.code, started_at: event.at.toISOString(), due_at: due.toISOString(), due_soon_at: dueSoon.toISOString() };
    });
  const meet = rules
    .filter(
      (rule) =>
        rule.stopEvents.includes(event.kind) &&
        (rule.stopNoticeKinds.length === 0 || (event.noticeKind !== undefined && rule.stopNoticeKinds.includes(event.noticeKind))),
    )
    .map((rule) => rule.code);
  const cancel = rules.filter((rule) => rule.cancelEvents.includes(event.kind) && applies(rule)).map((rule) => rule.code);
  return { start, meet, cancel };
}
