// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../app/i18n';
import { ItaLinks } from './ItaLinks';

afterEach(() => {
  cleanup();
  setLang('th');
});

const hrefs = () => screen.getAllByRole('link').map((link) => link.getAttribute('href'));

describe('ItaLinks (issue 14, item 6)', () => {
  it("links the fiscal year's O18 and O19 (web page and PDF) and the archive naming the body, and the memo", () => {
    render(
      <ul>
        <ItaLinks fiscalYear={2569} body="KOK_YAE" />
      </ul>,
    );
    expect(hrefs()).toEqual([
      '/ita/2569/o18?body=KOK_YAE',
      '/ita/2569/o18.pdf?body=KOK_YAE',
      '/ita/2569/o19?body=KOK_YAE',
      '/ita/2569/o19.pdf?body=KOK_YAE',
      '/ita/2569/archive?body=KOK_YAE',
      '/ita/2569/memo',
      '/ita/2569/memo.pdf',
    ]);
    expect(screen.getByText('ITA O19 ผลการดำเนินงานเรื่องร้องเรียน ปีงบประมาณ 2569 (PDF)')).toBeTruthy();
    expect(screen.getByText('บันทึกข้อความเสนอนายก ผลการดำเนินงาน ปีงบประมาณ 2569')).toBeTruthy();
  });

  it('in English too', () => {
    setLang('en');
    render(
      <ul>
        <ItaLinks fiscalYear={2569} body={null} />
      </ul>,
    );
    expect(hrefs()[2]).toBe('/ita/2569/o19');
    expect(screen.getByText('ITA O19 complaint statistics, fiscal year 2569 (web page)')).toBeTruthy();
  });
});
