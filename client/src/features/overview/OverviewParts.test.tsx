// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../app/i18n';
import { ComplianceList, OverdueTable, OverviewCounters } from './OverviewParts';

const rule = { code: 'REGISTER_SAO', nameTh: 'ลงทะเบียนรับหนังสือ อบต.', nameEn: 'Register at the SAO' };

afterEach(() => {
  cleanup();
  setLang('th');
});

describe('OverviewCounters', () => {
  it('shows each figure with its label', () => {
    render(<OverviewCounters counters={[{ key: 'overdue', label: 'เกินกำหนด', value: 1234 }]} />);
    const counter = screen.getByTestId('counter-overdue');
    expect(counter.textContent).toContain('1,234');
    expect(counter.textContent).toContain('เกินกำหนด');
  });
});

describe('OverdueTable', () => {
  const entry = { complaintId: 'c1', receiptNumber: '5/2569', subject: 'เรียกรับเงิน', rule, dueAt: '2026-10-26T04:30:00Z' };

  it('lists receipt, subject, rule and the due date in B.E., linking to the file', () => {
    render(<OverdueTable entries={[entry]} />);
    const row = within(screen.getByTestId('overdue-list')).getByText('เรียกรับเงิน').closest('tr')!;
    expect(row.dataset.receipt).toBe('5/2569');
    expect(row.textContent).toContain('ลงทะเบียนรับหนังสือ อบต.');
    expect(row.textContent).toContain('26 ต.ค. 2569 11:30');
    expect(within(row).getByRole('link', { name: '5/2569' }).getAttribute('href')).toBe('/complaints/c1');
  });

  it('says so when nothing is overdue, in English too', () => {
    setLang('en');
    render(<OverdueTable entries={[]} />);
    expect(screen.getByText('Nothing is overdue')).toBeTruthy();
  });

  it('keeps the Buddhist-Era year in English', () => {
    setLang('en');
    render(<OverdueTable entries={[entry]} />);
    expect(screen.getByTestId('overdue-list').textContent).toMatch(/26 Oct 2569/);
    expect(screen.getByText('Register at the SAO')).toBeTruthy();
  });
});

describe('ComplianceList', () => {
  it('gives the on-time share per rule, or says nothing has come due', () => {
    render(
      <ComplianceList
        rows={[
          { rule, met: 2, metLate: 0, overdue: 1, pending: 2, cancelled: 0 },
          { rule: { ...rule, code: 'FIRST_REPLY' }, met: 0, metLate: 0, overdue: 0, pending: 3, cancelled: 0 },
        ]}
      />,
    );
    const [first, second] = screen.getAllByRole('listitem');
    expect(first!.textContent).toContain('ทันกำหนด 67%');
    expect(second!.textContent).toContain('ยังไม่มีกำหนดที่ครบ');
  });
});
