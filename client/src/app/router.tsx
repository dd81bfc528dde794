import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { mayLeave } from './leaveGuard';

// Three screens need no router library: the path is read from `location`, links push history, and
// the server's SPA fallback answers every path with index.html.
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(to: string): void {
  if (to === window.location.pathname) return;
  // Issue 14, item 7: a half-filled form asks before the screen changes.
  if (!mayLeave()) return;
  window.history.pushState(null, '', to);
  listeners.forEach((listener) => listener());
  window.scrollTo(0, 0);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export type Route =
  | { screen: 'home' }
  | { screen: 'board' }
  | { screen: 'overview' }
  | { screen: 'intake' }
  | { screen: 'register' }
  | { screen: 'complaint'; id: string }
  | { screen: 'admin'; section: string }
  | { screen: 'account' }
  | { screen: 'report' }
  | { screen: 'track' }
  | { screen: 'oversight' }
  | { screen: 'notFound' };

export function matchRoute(path: string): Route {
  if (path === '/' || path === '') return { screen: 'home' };
  if (path === '/board') return { screen: 'board' };
  if (path === '/overview') return { screen: 'overview' };
  if (path === '/intake') return { screen: 'intake' };
  if (path === '/admin') return { screen: 'admin', section: 'users' };
  const admin = /^\/admin\/([a-z-]+)$/.exec(path);
  if (admin) return { screen: 'admin', section: admin[1]! };
  if (path === '/account') return { screen: 'account' };
  if (path === '/register') return { screen: 'register' };
  // Issue 12: the citizen's pages, open to anyone (App renders them before asking for a session).
  if (path === '/report') return { screen: 'report' };
  if (path === '/track') return { screen: 'track' };
  // Issue 13, item 3: the overseer's page.
  if (path === '/oversight') return { screen: 'oversight' };
  const complaint = /^\/complaints\/([^/]+)$/.exec(path);
  if (complaint) return { screen: 'complaint', id: decodeURIComponent(complaint[1]!) };
  return { screen: 'notFound' };
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An ordinary link (open in a new tab still works) that changes screens without a reload. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to);
  }
  return <a href={to} onClick={handleClick} {...rest} />;
}
