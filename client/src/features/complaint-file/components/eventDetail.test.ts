import { describe, expect, it } from 'vitest';
import { en } from '../../../app/messages/en';
import { th } from '../../../app/messages/th';
import { eventDetail } from './eventDetail';

const names: Record<string, string> = { ENGINEERING: 'กองช่าง', FINANCE: 'กองคลัง' };
const divisionName = (code: string) => names[code] ?? code;

describe('a history entry of several divisions (R4.6)', () => {
  it('names the division whose report it is, in Thai and English', () => {
    const data = { division: 'ENGINEERING', outcome: 'SUBSTANTIATED', findings: 'x' };
    expect(eventDetail(data, th.file, divisionName)).toBe('รายงานของกองช่าง');
    expect(eventDetail(data, en.file, divisionName)).toBe('the report of กองช่าง');
  });

  it('names the divisions that had not reported when the Center resolved', () => {
    const data = { outcome: 'UNSUBSTANTIATED', findings: 'x', unreportedUnits: ['FINANCE', 'ENGINEERING'] };
    expect(eventDetail(data, th.file, divisionName)).toBe('ศูนย์ฯ บันทึกข้อยุติก่อนที่กองคลัง, กองช่างจะรายงาน');
  });

  it('adds nothing to the last report, which resolved, nor to other entries', () => {
    expect(eventDetail({ division: 'FINANCE', reports: [], outcome: 'REFERRED' }, th.file, divisionName)).toBeNull();
    expect(eventDetail({ registerNumber: '1' }, th.file, divisionName)).toBeNull();
  });
});

describe('a history entry of an imported complaint (issue 11, item 6)', () => {
  it('names the file and row of the past register it came from', () => {
    const data = { batch: 'b', sha256: 'ab'.repeat(32), fileName: 'ทะเบียน 2567.xlsx', row: 12, stage: 'CLOSED' };
    expect(eventDetail(data, th.file, divisionName)).toBe('จากแฟ้ม ทะเบียน 2567.xlsx แถวที่ 12');
    expect(eventDetail(data, en.file, divisionName)).toBe('from ทะเบียน 2567.xlsx, row 12');
  });
});
