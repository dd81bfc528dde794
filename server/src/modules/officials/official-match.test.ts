import { describe, expect, it } from 'vitest';
import { matchAccused, normaliseName } from './official-match.js';

const officials = [
  { id: 'veera', fullName: 'นายวีระ ทองคำ', position: 'นายช่างโยธา' },
  { id: 'wilai', fullName: 'นางสาววิไลวรรณ ศรีสุข', position: 'ปลัดองค์การบริหารส่วนตำบล' },
  { id: 'malee', fullName: 'นางมาลี สายทอง', position: 'นักวิชาการเงินและบัญชี' },
  { id: 'teacher-1', fullName: 'นางรัชนี จันทร์เพ็ญ', position: 'ครู ผู้ดูแลเด็ก' },
  { id: 'teacher-2', fullName: 'นางสมใจ ดีมาก', position: 'ครู ผู้ดูแลเด็ก' },
];
const kind = (accused: Parameters<typeof matchAccused>[0][number]) => matchAccused([accused], officials)[0];

describe('matching an accused written by name against the officials (issue 9, item 4)', () => {
  it('links the same name whatever the title, spacing, invisible characters or the decomposed sara am', () => {
    for (const fullName of [
      'นายวีระ ทองคำ',
      'วีระ ทองคำ',
      'นาย วีระ  ทองคำ',
      'วีระ\u200b ทองคำ',
      'นายวีระ ทองค\u0e4d\u0e32',
      ' วีระ\u00a0ทองคำ ',
    ]) {
      expect(kind({ fullName }), fullName).toEqual({ kind: 'SAME_NAME', officialId: 'veera' });
    }
    expect(kind({ fullName: 'วิไลวรรณ ศรีสุข', position: 'ปลัด อบต.' })).toEqual({ kind: 'SAME_NAME', officialId: 'wilai' });
    expect(normaliseName('น.ส. วิไลวรรณ  ศรีสุข')).toBe('วิไลวรรณ ศรีสุข');
  });

  it('finds probable matches: a typo, a first name or surname alone, the position its one holder holds', () => {
    expect(kind({ fullName: 'นายวีระ ทองดำ' })).toEqual({ kind: 'PROBABLE', officialIds: ['veera'] });
    expect(kind({ fullName: 'นายวีรา ทองคำ' })).toEqual({ kind: 'PROBABLE', officialIds: ['veera'] });
    expect(kind({ fullName: 'วีระ' })).toEqual({ kind: 'PROBABLE', officialIds: ['veera'] });
    expect(kind({ fullName: 'นายช่าง ไม่ทราบนามสกุล', position: 'นายช่างโยธา' })).toEqual({ kind: 'PROBABLE', officialIds: ['veera'] });
    expect(kind({ position: 'นักวิชาการเงินและบัญชี' })).toEqual({ kind: 'PROBABLE', officialIds: ['malee'] });
  });

  it('leaves alone what names nobody, and a position several officials hold', () => {
    expect(kind({ fullName: 'นายสมหมาย ไม่ทราบนามสกุล', position: 'พนักงานจ้างเหมาบริการ' })).toEqual({ kind: 'NONE' });
    expect(kind({ position: 'ครู ผู้ดูแลเด็ก' })).toEqual({ kind: 'NONE' });
    expect(kind({ unit: 'กองช่าง' } as never)).toEqual({ kind: 'NONE' });
  });

  it("keeps the clerk's choice, and a match the clerk refused stays refused", () => {
    expect(kind({ officialId: 'malee', fullName: 'นายวีระ ทองคำ' })).toEqual({ kind: 'CHOSEN', officialId: 'malee' });
    expect(kind({ fullName: 'นายวีระ ทองดำ', notOfficials: ['veera'] })).toEqual({ kind: 'NONE' });
    expect(kind({ fullName: 'นายวีระ ทองคำ', notOfficials: ['veera'] })).toEqual({ kind: 'NONE' });
  });

  it('asks the clerk when two officials share the name', () => {
    const twins = [...officials, { id: 'veera-2', fullName: 'นายวีระ ทองคำ', position: 'พนักงานขับรถ' }];
    expect(matchAccused([{ fullName: 'วีระ ทองคำ' }], twins)[0]).toEqual({ kind: 'PROBABLE', officialIds: ['veera', 'veera-2'] });
  });
});
