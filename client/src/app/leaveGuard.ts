import { useEffect } from 'react';

// Issue 14, item 7: a half-filled form warns before it is left — closing or reloading the tab
// (beforeunload), a link in the app (router.tsx's navigate asks mayLeave) and the browser's back
// button (the popstate below, registered before the router's, puts the page back when refused).

type Guard = { message: string; path: string };
const guards = new Set<Guard>();

/** Whether the screen may change: yes with no half-filled form, else as the clerk answers. */
export function mayLeave(): boolean {
  const [first] = guards;
  return !first || window.confirm(first.message);
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', (event) => {
    const [first] = guards;
    if (!first || window.location.pathname === first.path || mayLeave()) return;
    // Refused: the router never hears of it, and the address goes back to the form.
    event.stopImmediatePropagation();
    window.history.pushState(null, '', first.path);
  });
}

/** While `active` (something typed, not yet saved), leaving the screen asks first. */
export function useLeaveWarning(active: boolean, message: string): void {
  useEffect(() => {
    if (!active) return;
    const guard: Guard = { message, path: window.location.pathname };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    guards.add(guard);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      guards.delete(guard);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [active, message]);
}
