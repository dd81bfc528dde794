/** The ADMIN page's warning: a backup older than this, or a failed last attempt, shows in the warning tone. */
export const staleAfterMs = 2 * 86_400_000;

export type BackupTone = 'ok' | 'stale' | 'failed';

/**
 * `failed` when the last attempt failed, `stale` when no backup succeeded in the last two days (or
 * ever), `ok` otherwise (issue 11, item 7).
 */
export function backupTone(status: { lastSucceededAt: string | null; lastError: string | null }, now: number): BackupTone {
  if (status.lastError) return 'failed';
  if (!status.lastSucceededAt || now - Date.parse(status.lastSucceededAt) > staleAfterMs) return 'stale';
  return 'ok';
}

/** A cron of pg-boss's five fields that runs every day at one time: "02:00"; anything else: null (shown as written). */
export function dailyTime(cron: string): string | null {
  const match = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron.trim());
  if (!match) return null;
  return `${match[2]!.padStart(2, '0')}:${match[1]!.padStart(2, '0')}`;
}
