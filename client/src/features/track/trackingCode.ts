/**
 * Contract, "The citizen's channel": a code reaches /track only in a form field or the URL
 * fragment (`/track#…`). Takes the fragment's code, if any, and removes it from the address bar
 * and the history entry at once, so it is not left for the next person at the same phone.
 */
export function takeCodeFromFragment(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'replaceState' | 'state'>,
): string | undefined {
  const fragment = location.hash.replace(/^#/, '');
  if (!fragment) return undefined;
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  let code: string;
  try {
    code = decodeURIComponent(fragment);
  } catch {
    code = fragment;
  }
  return code.trim() || undefined;
}
