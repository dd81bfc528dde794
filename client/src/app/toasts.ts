import { useSyncExternalStore } from 'react';

export type Toast = { id: number; tone: 'info' | 'success' | 'warning' | 'error'; text: string };

// Toasts come from anywhere (a move's answer, a live alert), so they live in a small module store.
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function dismissToast(id: number): void {
  toasts = toasts.filter((toast) => toast.id !== id);
  emit();
}

/** Shows a message for a few seconds (errors stay twice as long). */
export function pushToast(tone: Toast['tone'], text: string): void {
  const toast = { id: nextId++, tone, text };
  toasts = [...toasts.slice(-4), toast];
  emit();
  setTimeout(() => dismissToast(toast.id), tone === 'error' || tone === 'warning' ? 12_000 : tone === 'success' ? 4_000 : 8_000);
}

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
  );
}
