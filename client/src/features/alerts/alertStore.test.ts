import { afterEach, describe, expect, it } from 'vitest';
import { seedItems } from './alertSeed';
import { addAlert, alertItems, clearAlerts, dropAlertsOf, newestAlertAt, seedAlerts } from './alertStore';

const alert = (key: string, complaintId: string, at: string) => ({
  key,
  kind: 'OVERDUE' as const,
  at,
  complaint: { id: complaintId, receiptNumber: `${key}/2569`, subject: `เรื่อง ${key}` },
});

describe('the bell drops a complaint that left the user\'s sight (contract, "Corrections and the register")', () => {
  afterEach(clearAlerts);

  it("drops every alert of that complaint and keeps every other complaint's", () => {
    addAlert(alert('1', 'a', '2026-12-01T01:00:00Z'));
    addAlert(alert('2', 'b', '2026-12-01T02:00:00Z'));
    addAlert(alert('3', 'a', '2026-12-01T03:00:00Z'));
    dropAlertsOf('a');
    expect(alertItems().map((item) => item.key)).toEqual(['2']);
    dropAlertsOf('nothing');
    expect(alertItems().map((item) => item.key)).toEqual(['2']);
  });
});

describe('the bell lists what is already overdue at sign-in (issue 14, item 7)', () => {
  afterEach(clearAlerts);

  it('adds seeded items once, unread, without moving where the subscription catches up from', () => {
    addAlert(alert('live', 'a', '2026-12-01T01:00:00Z'));
    seedAlerts([
      alert('seed', 'b', '2026-12-01T05:00:00Z'),
      alert('seed', 'b', '2026-12-01T05:00:00Z'),
      alert('live', 'a', '2026-12-01T01:00:00Z'),
    ]);
    expect(alertItems().map((item) => item.key)).toEqual(['seed', 'live']);
    expect(newestAlertAt()).toBe('2026-12-01T01:00:00Z');
    // The replayed alert of a seeded clock is not listed twice.
    expect(addAlert(alert('seed', 'b', '2026-12-01T06:00:00Z'))).toBe(false);
  });

  it('seeds each clock past due as OVERDUE and each past its due-soon instant as DUE_SOON', () => {
    const rule = { code: 'FIRST_REPLY', nameTh: 'ตอบครั้งแรก', nameEn: 'First reply' };
    const items = seedItems(
      [
        {
          id: 'c1',
          receiptNumber: '1/2569',
          subject: 'เรื่อง',
          deadlines: [
            { status: 'OVERDUE', dueAt: '2026-11-30T10:00:00Z', dueSoonAt: '2026-11-30T08:00:00Z', rule },
            {
              status: 'PENDING',
              dueAt: '2026-12-02T10:00:00Z',
              dueSoonAt: '2026-12-01T10:00:00Z',
              rule: { ...rule, code: 'REGISTER_SAO' },
            },
            { status: 'PENDING', dueAt: '2026-12-09T10:00:00Z', dueSoonAt: '2026-12-08T10:00:00Z', rule: { ...rule, code: 'LATER' } },
            { status: 'MET', dueAt: '2026-11-29T10:00:00Z', dueSoonAt: null, rule: { ...rule, code: 'MET' } },
          ],
        },
      ],
      Date.parse('2026-12-01T12:00:00Z'),
    );
    expect(items.map((item) => [item.kind, item.key])).toEqual([
      ['OVERDUE', 'OVERDUE:c1:FIRST_REPLY'],
      ['DUE_SOON', 'DUE_SOON:c1:REGISTER_SAO'],
    ]);
  });
});
