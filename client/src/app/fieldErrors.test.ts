import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { en } from './messages/en';
import { th } from './messages/th';
import { fieldLabelOf, limitOf, serverFieldErrors, withoutField } from './fieldErrors';

const refusal = (...errors: { message: string; extensions: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ errors });

// Issue 14, item 7: errors name the field as the clerk knows it, never as the API does.
describe('field paths as Thai labels (issue 14, item 7)', () => {
  it('names the API paths by the form labels', () => {
    expect(fieldLabelOf('at', th.fields)).toBe('วันเวลาที่ดำเนินการ');
    expect(fieldLabelOf('input.receivedAt', th.fields)).toBe('วันเวลาที่รับเรื่อง');
    expect(fieldLabelOf('accused.0.fullName', th.fields)).toBe('ผู้ถูกกล่าวหาคนที่ 1 — ชื่อ-สกุล');
    expect(fieldLabelOf('accused.2', th.fields)).toBe('ผู้ถูกกล่าวหาคนที่ 3');
    expect(fieldLabelOf('evidence.1.copies', th.fields)).toBe('หลักฐานรายการที่ 2 — จำนวน (ฉบับ)');
    expect(fieldLabelOf('members.0.fullName', th.fields)).toBe('กรรมการคนที่ 1 — ชื่อ-สกุล');
    expect(fieldLabelOf('complainant.address.postcode', th.fields)).toBe('รหัสไปรษณีย์');
    expect(fieldLabelOf('accused.0.fullName', en.fields)).toBe('Accused no. 1 — Full name');
  });

  it('never shows an internal name, even of a field it does not know', () => {
    expect(fieldLabelOf('somethingNew', th.fields)).toBe('ข้อมูลที่กรอก');
    expect(fieldLabelOf('receivedAt', th.fields, { receivedAt: 'วันที่รับ' })).toBe('วันที่รับ');
  });

  it("states the limit class-validator's problem names", () => {
    expect(limitOf('subject must be shorter than or equal to 200 characters', th.fields)).toBe('ยาวได้ไม่เกิน 200 ตัวอักษร');
    expect(limitOf('age must not be greater than 130', th.fields)).toBe('ต้องไม่เกิน 130');
    expect(limitOf('copies must not be less than 1', th.fields)).toBe('ต้องไม่น้อยกว่า 1');
    expect(limitOf('members must contain at least 3 elements', th.fields)).toBe('ต้องมีอย่างน้อย 3 รายการ');
    expect(limitOf('something odd', th.fields)).toBe('ข้อมูลไม่ถูกต้อง');
  });

  it("reads a domain refusal's field and a validation refusal's fields", () => {
    const domain = refusal({
      message: 'x',
      extensions: { code: 'BAD_USER_INPUT', field: 'receivedAt', messageTh: 'ต้องไม่อยู่ในอนาคต', messageEn: 'may not lie in the future' },
    });
    expect(serverFieldErrors(domain, 'th', th.fields)).toEqual({ receivedAt: 'วันเวลาที่รับเรื่อง: ต้องไม่อยู่ในอนาคต' });
    // A message naming the field already is not prefixed twice.
    const named = refusal({
      message: 'x',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'at',
        messageTh: 'วันเวลาที่ดำเนินการต้องไม่อยู่ในอนาคต',
        messageEn: 'at may not lie in the future',
      },
    });
    expect(serverFieldErrors(named, 'th', th.fields)).toEqual({ at: 'วันเวลาที่ดำเนินการต้องไม่อยู่ในอนาคต' });
    // An English message opening with the internal name says the label instead.
    expect(serverFieldErrors(named, 'en', en.fields)).toEqual({ at: 'Date and time done may not lie in the future' });
    const validation = refusal({
      message: 'x',
      extensions: {
        code: 'BAD_USER_INPUT',
        messageTh: 'ข้อมูลไม่ถูกต้อง',
        fields: [{ field: 'input.accused.0.fullName', problems: ['fullName must be shorter than or equal to 200 characters'] }],
      },
    });
    expect(serverFieldErrors(validation, 'th', th.fields)).toEqual({
      'accused.0.fullName': 'ผู้ถูกกล่าวหาคนที่ 1 — ชื่อ-สกุล: ยาวได้ไม่เกิน 200 ตัวอักษร',
    });
    expect(serverFieldErrors(refusal({ message: 'x', extensions: { code: 'CONFLICT' } }), 'th', th.fields)).toEqual({});
    expect(serverFieldErrors(new Error('offline'), 'th', th.fields)).toEqual({});
  });

  it('forgets a field and its rows once it changes', () => {
    const errors = { subject: 'a', accused: 'b', 'accused.0': 'c', accusedX: 'd' };
    expect(withoutField(errors, 'accused')).toEqual({ subject: 'a', accusedX: 'd' });
    expect(withoutField(errors, 'details')).toBe(errors);
  });
});
