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

// The bell's list lives for the session (alerts are live pushes; the clocks themselves are on the
// complaints), newest first, at most 50.
let items: AlertItem[] = [];
let unread = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function addAlert(item: AlertItem): void {
  if (items.some((existing) => existing.key === item.key)) return;
  items = [item, ...items].slice(0, 50);
  unread += 1;
  emit();
}

export function markAlertsRead(): void {
  unread = 0;
  emit();
}

export function clearAlerts(): void {
  items = [];
  unread = 0;
  emit();
}

export function useAlertItems(): AlertItem[] {
  return useSyncExternalStore(subscribe, () => items);
}

export function useUnreadAlerts(): number {
  return useSyncExternalStore(subscribe, () => unread);
}
