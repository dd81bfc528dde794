import { describe, expect, it } from 'vitest';
import { backupTone, dailyTime } from './backupTone';

const now = Date.parse('2026-12-03T03:00:00Z');
const hoursAgo = (hours: number) => new Date(now - hours * 3_600_000).toISOString();

describe('the backup panel tone (issue 11, item 7)', () => {
  it('is calm while the last backup is at most two days old and the last attempt succeeded', () => {
    expect(backupTone({ lastSucceededAt: hoursAgo(1), lastError: null }, now)).toBe('ok');
    expect(backupTone({ lastSucceededAt: hoursAgo(48), lastError: null }, now)).toBe('ok');
  });

  it('warns when the last success is older than two days, or there was none', () => {
    expect(backupTone({ lastSucceededAt: hoursAgo(49), lastError: null }, now)).toBe('stale');
    expect(backupTone({ lastSucceededAt: null, lastError: null }, now)).toBe('stale');
  });

  it('warns when the last attempt failed, however recent the last success', () => {
    expect(backupTone({ lastSucceededAt: hoursAgo(1), lastError: 'ดิสก์เต็ม — disk full' }, now)).toBe('failed');
  });
});

describe('the schedule as a time of day', () => {
  it('reads a daily cron as HH:MM and leaves any other as written', () => {
    expect(dailyTime('0 2 * * *')).toBe('02:00');
    expect(dailyTime('30 23 * * *')).toBe('23:30');
    expect(dailyTime('0 2 * * 1')).toBeNull();
  });
});
