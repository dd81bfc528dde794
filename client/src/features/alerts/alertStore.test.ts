import { afterEach, describe, expect, it } from 'vitest';
import { addAlert, alertItems, clearAlerts, dropAlertsOf } from './alertStore';

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
