import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { th } from '../../app/messages/th';
import { emptyReport, problemFields, problemText, refusedFields, toSubmitInput, validateReport, type ReportValues } from './reportForm';

const filled = (patch: Partial<ReportValues> = {}): ReportValues => ({
  ...emptyReport(),
  subject: 'เรียกรับเงิน',
  details: 'เจ้าหน้าที่เรียกเงิน',
  fullName: 'นายผู้ร้อง',
  accused: [{ officialId: '', fullName: '', position: 'นายช่าง', unit: '', notOfficials: [] }],
  certified: true,
  ...patch,
});

describe('the public form (issue 12, item 1; R5)', () => {
  it('refuses the empty form naming each required field in Thai', () => {
    const errors = validateReport(emptyReport());
    expect(Object.keys(errors).sort()).toEqual(['accused.0', 'certified', 'details', 'fullName', 'subject']);
    expect(problemText('subject', errors.subject!, th)).toBe('กรุณากรอก “เรื่อง (สรุปสั้น ๆ)”');
    expect(problemText('fullName', errors.fullName!, th)).toBe('กรุณากรอก “ชื่อ-สกุล”');
    expect(problemText('accused.0', errors['accused.0']!, th)).toBe('กรุณาระบุชื่อ ตำแหน่ง หรือสังกัดของผู้ถูกร้องเรียนคนที่ 1');
    expect(problemText('certified', errors.certified!, th)).toBe('กรุณายืนยันว่าข้อความที่แจ้งเป็นความจริง');
    expect(problemFields(errors, th)).toContain('รายละเอียดการกระทำ');
  });

  it('R6: an anonymous complaint needs no name, and is sent without a complainant', () => {
    const values = filled({ anonymous: true, fullName: '' });
    expect(validateReport(values)).toEqual({});
    const input = toSubmitInput(values, []);
    expect(input.complainant).toBeUndefined();
    expect(input).not.toHaveProperty('channel');
    expect(input).not.toHaveProperty('receivedAt');
    expect(input).not.toHaveProperty('attachmentIds');
  });

  it('sends the named complainant, the typed accused and the uploads by id (contract: SubmitComplaintInput)', () => {
    const input = toSubmitInput(filled({ phone: ' 081 234 5678 ' }), ['a1', 'a2']);
    expect(input.complainant).toMatchObject({ fullName: 'นายผู้ร้อง', phone: '081 234 5678' });
    expect(input.accused).toEqual([{ fullName: undefined, position: 'นายช่าง', unit: undefined }]);
    expect(input.attachmentIds).toEqual(['a1', 'a2']);
  });

  it("maps the server's refused fields (domain `field`, validation `fields`) to the form's keys", () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'invalid',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'input.complainant.email', problems: ['email must be an email'] },
              { field: 'input.complainant.address.postcode', problems: ['bad'] },
              { field: 'input.accused.1.fullName', problems: ['too long'] },
              { field: 'input.evidence.0.description', problems: ['blank'] },
            ],
          },
        },
        { message: 'refused', extensions: { code: 'BAD_USER_INPUT', field: 'attachmentIds' } },
      ],
    });
    expect(refusedFields(error)).toEqual(['email', 'postcode', 'accused.1', 'evidence.0.description', 'attachmentIds']);
  });
});
