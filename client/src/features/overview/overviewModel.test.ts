import { describe, expect, it } from 'vitest';
import {
  compliancePercent,
  fiscalPeriodOf,
  formatDateBE,
  monthLabel,
  periodFromSearch,
  searchOfPeriod,
  summariseBoard,
  type OverviewComplaint,
} from './overviewModel';

const rule = { code: 'REGISTER_SAO', nameTh: 'ลงทะเบียนรับ', nameEn: 'Register' };
const now = Date.parse('2026-11-24T06:00:00Z');

describe('fiscalPeriodOf', () => {
  it('puts October–December in the first quarter of the next B.E. fiscal year', () => {
    expect(fiscalPeriodOf(new Date('2026-11-24T06:00:00Z'))).toEqual({ fiscalYear: 2570, quarter: 1 });
    expect(fiscalPeriodOf(new Date('2026-10-01T00:00:00+07:00'))).toEqual({ fiscalYear: 2570, quarter: 1 });
  });
  it('counts in office time: 30 Sep 23:30 in Bangkok is still the old year', () => {
    expect(fiscalPeriodOf(new Date('2026-09-30T16:30:00Z'))).toEqual({ fiscalYear: 2569, quarter: 4 });
    expect(fiscalPeriodOf(new Date('2026-09-30T17:30:00Z'))).toEqual({ fiscalYear: 2570, quarter: 1 });
  });
  it('has quarters 2–4 from January, April and July', () => {
    expect(fiscalPeriodOf(new Date('2027-01-15T05:00:00Z')).quarter).toBe(2);
    expect(fiscalPeriodOf(new Date('2027-04-15T05:00:00Z')).quarter).toBe(3);
    expect(fiscalPeriodOf(new Date('2027-09-15T05:00:00Z'))).toEqual({ fiscalYear: 2570, quarter: 4 });
  });
});

describe('summariseBoard', () => {
  const complaint = (id: string, stage: OverviewComplaint['stage'], deadlines: OverviewComplaint['deadlines']): OverviewComplaint => ({
    id,
    receiptNumber: `${id}/2570`,
    subject: `เรื่อง ${id}`,
    stage,
    deadlines,
  });

  it('counts open complaints, deadlines due within 24 hours and overdue deadlines', () => {
    const summary = summariseBoard(
      [
        complaint('1', 'RECEIVED', [{ rule, status: 'PENDING', dueAt: '2026-11-24T12:00:00Z' }]),
        complaint('2', 'REGISTERED', [{ rule, status: 'PENDING', dueAt: '2026-11-26T12:00:00Z' }]),
        // PENDING but past due is overdue, exactly as the server derives OVERDUE.
        complaint('3', 'RECEIVED', [{ rule, status: 'PENDING', dueAt: '2026-11-20T12:00:00Z' }]),
        complaint('4', 'ORDERED', [{ rule, status: 'OVERDUE', dueAt: '2026-10-20T12:00:00Z' }]),
        complaint('5', 'CLOSED', [{ rule, status: 'MET', dueAt: '2026-11-24T07:00:00Z' }]),
        complaint('6', 'NOT_ACCEPTED', [{ rule, status: 'CANCELLED', dueAt: null }]),
      ],
      now,
    );
    expect(summary.open).toBe(4);
    expect(summary.dueSoon).toBe(1);
    expect(summary.overdue.map((entry) => entry.receiptNumber)).toEqual(['4/2570', '3/2570']);
    expect(summary.overdue[0]).toEqual({
      complaintId: '4',
      receiptNumber: '4/2570',
      subject: 'เรื่อง 4',
      rule,
      dueAt: '2026-10-20T12:00:00Z',
    });
  });
});

describe('compliancePercent', () => {
  it('is the on-time share of the deadlines that came due', () => {
    expect(compliancePercent({ rule, met: 3, metLate: 1, overdue: 0, pending: 5, cancelled: 2 })).toBe(75);
    expect(compliancePercent({ rule, met: 0, metLate: 0, overdue: 0, pending: 5, cancelled: 0 })).toBeNull();
  });
});

describe('B.E. labels', () => {
  it('writes months and dates with the Buddhist-Era year in both languages', () => {
    expect(monthLabel('2026-10', 'th')).toBe('ต.ค. 69');
    expect(monthLabel('2026-10', 'en')).toMatch(/Oct.*2569/);
    expect(formatDateBE('2026-11-24T06:00:00Z', 'th')).toMatch(/24 พ\.ย\. 2569 13:00/);
    expect(formatDateBE('2026-11-24T06:00:00Z', 'en')).toMatch(/24 Nov 2569.*13:00/);
  });
});

describe('the period in the address (issue 14, item 7)', () => {
  const today = new Date('2026-12-01T05:00:00Z'); // FY 2570, quarter 1

  it('reads ?fy and ?q, the whole year without q, and falls back to today', () => {
    expect(periodFromSearch('?fy=2569&q=2', today)).toEqual({ fiscalYear: 2569, quarter: 2 });
    expect(periodFromSearch('?fy=2568', today)).toEqual({ fiscalYear: 2568, quarter: null });
    expect(periodFromSearch('', today)).toEqual({ fiscalYear: 2570, quarter: null });
    expect(periodFromSearch('?fy=2026', today)).toEqual({ fiscalYear: 2570, quarter: null });
    expect(periodFromSearch('?fy=2569&q=5', today)).toEqual({ fiscalYear: 2569, quarter: null });
  });

  it('writes them back', () => {
    expect(searchOfPeriod({ fiscalYear: 2569, quarter: 2 })).toBe('?fy=2569&q=2');
    expect(searchOfPeriod({ fiscalYear: 2569, quarter: null })).toBe('?fy=2569');
    expect(periodFromSearch(searchOfPeriod({ fiscalYear: 2569, quarter: 4 }), today)).toEqual({ fiscalYear: 2569, quarter: 4 });
  });
});
