import type { DeadlineStatus } from '../gql/graphql';
import type { Lang } from './i18n';

/** What the client reads of a complaint's Deadline to tell how urgent it is. */
export type Deadline = { dueAt?: string | null; dueSoonAt?: string | null; status: DeadlineStatus };

/** A deadline still running: pending, or past due and unmet. */
export function isOpen(deadline: Deadline): boolean {
  return deadline.status === 'PENDING' || deadline.status === 'OVERDUE';
}

/** The open deadline that falls due first (the one a clerk must act on next), if any. */
export function nearestOpenDeadline<T extends Deadline>(deadlines: readonly T[]): T | undefined {
  let nearest: T | undefined;
  for (const deadline of deadlines) {
    if (!isOpen(deadline) || !deadline.dueAt) continue;
    if (!nearest || Date.parse(deadline.dueAt) < Date.parse(nearest.dueAt!)) nearest = deadline;
  }
  return nearest;
}

export type DeadlineTone = 'ok' | 'soon' | 'overdue';

/**
 * Green while there is time; amber from `dueSoonAt` (the server's "a quarter of the amount, or one
 * working hour, left", workflow.md "Alerts"); red once OVERDUE or past due.
 */
export function deadlineTone(deadline: Deadline, now: number): DeadlineTone {
  if (deadline.status === 'OVERDUE' || (deadline.dueAt && now >= Date.parse(deadline.dueAt))) return 'overdue';
  if (deadline.dueSoonAt && now >= Date.parse(deadline.dueSoonAt)) return 'soon';
  return 'ok';
}

const units = {
  th: { d: 'วัน', h: 'ชม.', m: 'นาที', left: (s: string) => `เหลือ ${s}`, late: (s: string) => `เกิน ${s}` },
  en: { d: 'd', h: 'h', m: 'min', left: (s: string) => `${s} left`, late: (s: string) => `${s} overdue` },
};

/** "เหลือ 2 วัน 3 ชม." / "2 d 3 h left"; "เกิน 45 นาที" / "45 min overdue". Calendar time. */
export function formatCountdown(dueAt: string, now: number, lang: Lang): string {
  const diff = Date.parse(dueAt) - now;
  const minutes = Math.max(1, Math.floor(Math.abs(diff) / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const u = units[lang];
  const parts = d > 0 ? [`${d} ${u.d}`, h > 0 ? `${h} ${u.h}` : ''] : h > 0 ? [`${h} ${u.h}`, m > 0 ? `${m} ${u.m}` : ''] : [`${m} ${u.m}`];
  const text = parts.filter(Boolean).join(' ');
  return diff >= 0 ? u.left(text) : u.late(text);
}
