import { useSyncExternalStore } from 'react';

// One clock for the whole app: 400 countdown badges share a single timer instead of one each.
const tickMs = 15_000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, tickMs);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current instant (ms), refreshed every 15 s. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
