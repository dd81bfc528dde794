/**
 * Issue 13: a deployment of several bodies serves each body's public pages at `?body=<code>`
 * (`/report?body=NONG_KHAE_TM`); the code goes with every request of the page as the header the
 * server reads for callers without a session (server: auth/authenticate.ts, publicBodyHeader).
 * Kept for the visit, so that the tracking page and the receipt's links stay with the body.
 */
const key = 'rongrian.publicBody';

export function publicBody(): string | null {
  const named = new URLSearchParams(window.location.search).get('body');
  if (named && /^[A-Z0-9_]{2,40}$/.test(named)) {
    sessionStorage.setItem(key, named);
    return named;
  }
  return sessionStorage.getItem(key);
}

export function publicBodyHeaders(): Record<string, string> {
  const body = publicBody();
  return body ? { 'x-rongrian-body': body } : {};
}
