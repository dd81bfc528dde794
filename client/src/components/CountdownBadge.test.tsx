// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deadlineTone, formatCountdown, nearestOpenDeadline } from '../app/deadline';
import { CountdownBadge } from './CountdownBadge';

const now = Date.parse('2026-04-08T03:00:00Z'); // 10:00 Bangkok
const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

afterEach(cleanup);

describe('CountdownBadge', () => {
  it('is green while the deadline has time, with the time left', () => {
    render(<CountdownBadge deadline={{ status: 'PENDING', dueAt: at(180), dueSoonAt: at(120) }} label="REGISTER_SAO" now={now} />);
    const badge = screen.getByText(/เหลือ 3 ชม\./);
    expect(badge.dataset.tone).toBe('ok');
    expect(badge.title).toContain('8 เม.ย. 2569 13:00');
  });

  it('turns amber from dueSoonAt', () => {
    render(<CountdownBadge deadline={{ status: 'PENDING', dueAt: at(45), dueSoonAt: at(-15) }} label="r" now={now} />);
    expect(screen.getByText(/เหลือ 45 นาที/).dataset.tone).toBe('soon');
  });

  it('is red when OVERDUE, saying by how much', () => {
    render(<CountdownBadge deadline={{ status: 'OVERDUE', dueAt: at(-90), dueSoonAt: at(-150) }} label="r" now={now} />);
    const badge = screen.getByText(/เกิน 1 ชม\. 30 นาที/);
    expect(badge.dataset.tone).toBe('overdue');
    expect(badge.textContent).toContain('เกินกำหนด');
  });
});

describe('deadlines', () => {
  it('red as soon as the due instant passes, even before the server marks it OVERDUE', () => {
    expect(deadlineTone({ status: 'PENDING', dueAt: at(-1), dueSoonAt: at(-30) }, now)).toBe('overdue');
    expect(deadlineTone({ status: 'PENDING', dueAt: at(30), dueSoonAt: null }, now)).toBe('ok');
  });

  it('picks the open deadline that falls due first, ignoring met and cancelled ones', () => {
    const deadlines = [
      { status: 'MET' as const, dueAt: at(-500) },
      { status: 'PENDING' as const, dueAt: at(600) },
      { status: 'CANCELLED' as const, dueAt: at(10) },
      { status: 'OVERDUE' as const, dueAt: at(-5) },
    ];
    expect(nearestOpenDeadline(deadlines)).toBe(deadlines[3]);
    expect(nearestOpenDeadline([{ status: 'MET' as const, dueAt: at(1) }])).toBeUndefined();
  });

  it('writes days and hours in English too', () => {
    expect(formatCountdown(at(2 * 1440 + 180), now, 'en')).toBe('2 d 3 h left');
    expect(formatCountdown(at(-20), now, 'en')).toBe('20 min overdue');
  });
});
