import { useEffect, useLayoutEffect, useRef } from 'react';

// The session's two subscriptions (alerts, complaintChanges) are opened once in App; screens that
// must recompute something the server works out (statistics) listen here instead of subscribing again.
export type LiveEvent = 'alert' | 'complaintChange';

const listeners = new Set<(event: LiveEvent) => void>();

export function emitLiveEvent(event: LiveEvent): void {
  listeners.forEach((listener) => listener(event));
}

/** Calls `onEvent` after a burst of live events has settled (`waitMs` after the last one). */
export function useLiveEvents(onEvent: (event: LiveEvent) => void, waitMs = 300): void {
  const latest = useRef(onEvent);
  // The newest callback, kept once the render is committed (React: no ref writes during render).
  useLayoutEffect(() => {
    latest.current = onEvent;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener = (event: LiveEvent) => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(event), waitMs);
    };
    listeners.add(listener);
    return () => {
      clearTimeout(timer);
      listeners.delete(listener);
    };
  }, [waitMs]);
}
