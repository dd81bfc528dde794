import { describe, expect, it } from 'vitest';
import { bodiesBelow, compliancePercent, fiscalYearsFrom, formatCount, isOverseer, isOverseerOnly, type Body } from './oversightModel';

const body = (code: string, nameTh: string, parent: string | null, kind: Body['kind'] = 'MUNICIPALITY'): Body => ({
  code,
  nameTh,
  nameEn: code,
  kind,
  parent: parent ? { code: parent } : null,
});

describe('the overseer page model (issue 13, item 3)', () => {
  it('lists the bodies below the own one in tree order, each under its parent, without the own body', () => {
    const rows = bodiesBelow(
      [
        body('SARABURI_PROV', 'จังหวัดสระบุรี', null, 'PROVINCE'),
        body('NONG_KHAE_DIST', 'อำเภอหนองแค', 'SARABURI_PROV', 'DISTRICT'),
        body('KAENG_KHOI_DIST', 'อำเภอแก่งคอย', 'SARABURI_PROV', 'DISTRICT'),
        body('NONG_KHAE_TM', 'เทศบาลตำบลหนองแค', 'NONG_KHAE_DIST'),
        body('KAENG_KHOI_TM', 'เทศบาลเมืองแก่งคอย', 'KAENG_KHOI_DIST'),
        body('ORPHAN', 'อบต.ที่ไม่มีต้นสังกัดในระบบ', 'NOT_HERE', 'SAO'),
      ],
      'SARABURI_PROV',
    );
    // Siblings in Thai order: อบต. before อำเภอ.
    expect(rows.map((row) => [row.body.code, row.depth])).toEqual([
      ['ORPHAN', 0],
      ['KAENG_KHOI_DIST', 0],
      ['KAENG_KHOI_TM', 1],
      ['NONG_KHAE_DIST', 0],
      ['NONG_KHAE_TM', 1],
    ]);
  });

  it('has no rows for a body with nothing below it', () => {
    expect(bodiesBelow([body('KOK_YAE', 'อบต.โคกแย้', null, 'SAO')], 'KOK_YAE')).toEqual([]);
  });

  it('works out deadline compliance as met / (met + met late + overdue) over all rules, none when nothing came due', () => {
    const rule = (met: number, metLate: number, overdue: number) => ({ met, metLate, overdue });
    expect(compliancePercent([rule(3, 1, 0), rule(0, 0, 1)])).toBe(60);
    expect(compliancePercent([rule(2, 0, 0)])).toBe(100);
    expect(compliancePercent([rule(0, 0, 0)])).toBeNull();
    expect(compliancePercent([])).toBeNull();
  });

  it('offers this fiscal year (B.E.) first and the four before it', () => {
    expect(fiscalYearsFrom(2570)).toEqual([2570, 2569, 2568, 2567, 2566]);
  });

  it('tells an OVERSEER-only user from one who also has other roles', () => {
    expect(isOverseerOnly(['OVERSEER'])).toBe(true);
    expect(isOverseerOnly(['OVERSEER', 'ADMIN'])).toBe(false);
    expect(isOverseerOnly([])).toBe(false);
    expect(isOverseer(['ADMIN', 'OVERSEER'])).toBe(true);
    expect(isOverseer(['CENTER_OFFICER'])).toBe(false);
  });

  it('formats counts with digit grouping', () => {
    expect(formatCount(12345, 'th')).toBe('12,345');
    expect(formatCount(12345, 'en')).toBe('12,345');
  });
});
