import { useSyncExternalStore } from 'react';
import type { AlertKind } from '../../gql/graphql';

export type AlertItem = {
  key: string;
  kind: AlertKind;
  at: string;
  complaint: { id: string; receiptNumber: string; subject: string };
  rule?: { nameTh: string; nameEn: string };
  dueAt?: string | null;
};

// The bell's list lives for the page's session (the deadlines themselves are on the complaints),
// newest first, at most 50; on connecting, the server replays what was raised meanwhile.
let items: AlertItem[] = [];
let unread = 0;
/** The `at` of the newest alert received, to catch up from when the socket reconnects. */
let newest: string | undefined;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Adds an alert the bell does not hold yet (a replay may send one again); says whether it did. */
export function addAlert(item: AlertItem): boolean {
  if (newest === undefined || Date.parse(item.at) > Date.parse(newest)) newest = item.at;
  if (items.some((existing) => existing.key === item.key)) return false;
  // Replayed alerts come oldest first, live ones as they happen: keep the list newest first.
  items = [item, ...items].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, 50);
  unread += 1;
  emit();
  return true;
}

/**
 * Issue 14, item 7: what was already overdue or due soon at sign-in (alertSeed.ts), added as unread
 * without moving `newest`: the subscription still catches up from the last alert it received.
 */
export function seedAlerts(seeded: readonly AlertItem[]): void {
  const fresh = seeded.filter(
    (item, index) => !items.some((existing) => existing.key === item.key) && seeded.findIndex((other) => other.key === item.key) === index,
  );
  if (fresh.length === 0) return;
  items = [...items, ...fresh].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, 50);
  unread += fresh.length;
  emit();
}

/** The `at` of the newest alert received on this page, if any. */
export function newestAlertAt(): string | undefined {
  return newest;
}

export function markAlertsRead(): void {
  unread = 0;
  emit();
}

/**
 * Drops the alerts of a complaint that left the user's sight (contract, "Corrections and the
 * register": a correction named them among its accused) or was voided: the bell no longer shows it.
 */
export function dropAlertsOf(complaintId: string): void {
  const kept = items.filter((item) => item.complaint.id !== complaintId);
  if (kept.length === items.length) return;
  unread = Math.max(0, unread - (items.length - kept.length));
  items = kept;
  emit();
}

export function clearAlerts(): void {
  items = [];
  unread = 0;
  newest = undefined;
  emit();
}

/** The bell's list now, newest first (what useAlertItems renders). */
export function alertItems(): AlertItem[] {
  return items;
}

export function useAlertItems(): AlertItem[] {
  return useSyncExternalStore(subscribe, alertItems);
}

export function useUnreadAlerts(): number {
  return useSyncExternalStore(subscribe, () => unread);
}
