/**
 * Whether a suite that needs something outside the repository (Chromium, a build) can run here.
 * `missing` lists what is absent, as `false` for what is there. Outside CI a suite missing one is
 * skipped with the reason printed; in CI (`CI` set) it fails the run instead, so that a green CI
 * never hides a suite that did not run.
 */
export function prerequisitesMet(suite: string, missing: (string | false)[]): boolean {
  const absent = missing.filter((item): item is string => item !== false);
  if (absent.length === 0) return true;
  const reason = `${suite} needs ${absent.join(', ')}`;
  if (process.env.CI) throw new Error(`${reason}: CI runs every suite, so it may not be skipped`);
  console.warn(`[skipped] ${reason}`);
  return false;
}
