import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { emptyAccused, emptyIntake, listEdits, probableMatchesOf, toRecordInput, validateIntake } from './intakeForm';

const now = Date.parse('2026-04-08T03:00:00Z');

describe('validateIntake', () => {
  it('mirrors the server: required fields, 5-digit postcode, e-mail, age', () => {
    const values = { ...emptyIntake(now), postcode: '1823', email: 'nope', age: '0' };
    expect(validateIntake(values, now)).toMatchObject({
      channel: 'required',
      subject: 'required',
      details: 'required',
      fullName: 'required',
      postcode: 'postcode',
      email: 'email',
      age: 'age',
      'accused.0': 'accused',
    });
  });

  it('an anonymous complaint needs no complainant and sends none', () => {
    const values = {
      ...emptyIntake(now),
      channel: 'POST',
      subject: 'ก',
      details: 'ข',
      anonymous: true,
      postcode: 'x',
      accused: [{ officialId: '', fullName: '', position: 'ช่างโยธา', unit: '', notOfficials: [] }],
    };
    expect(validateIntake(values, now)).toEqual({});
    const input = toRecordInput(values);
    expect(input.complainant).toBeUndefined();
    expect(input.receivedAt).toBe('2026-04-08T10:00:00+07:00');
    expect(input.accused).toEqual([{ fullName: undefined, position: 'ช่างโยธา', unit: undefined }]);
  });

  it('issue 13, item 4: sends the origin agency and its reference; a reference without an agency is refused, as the server does', () => {
    const values = {
      ...emptyIntake(now),
      channel: 'POST',
      subject: 'ก',
      details: 'ข',
      anonymous: true,
      accused: [{ officialId: '', fullName: 'นายก', position: '', unit: '', notOfficials: [] }],
    };
    expect(toRecordInput(values)).toMatchObject({ originAgency: undefined, originReference: undefined });
    expect(validateIntake({ ...values, originReference: 'สบ 0017/1' }, now)).toEqual({ originAgency: 'referenceNeedsAgency' });
    const sent = { ...values, originAgency: 'DAMRONGDHAMA' as const, originReference: '  สบ 0017/1 ' };
    expect(validateIntake(sent, now)).toEqual({});
    expect(toRecordInput(sent)).toMatchObject({ originAgency: 'DAMRONGDHAMA', originReference: 'สบ 0017/1' });
    // An agency alone is enough; a blank reference is not sent.
    expect(toRecordInput({ ...sent, originReference: ' ' })).toMatchObject({ originAgency: 'DAMRONGDHAMA', originReference: undefined });
  });

  it('refuses a receipt in the future', () => {
    const values = { ...emptyIntake(now), receivedAt: '2026-04-08T12:00' };
    expect(validateIntake(values, now).receivedAt).toBe('future');
  });

  it('issue 9, item 4: reads the probable matches the server names, and sends the officials the clerk refused', () => {
    const refusal = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'x',
          extensions: {
            code: 'BAD_USER_INPUT',
            probableOfficials: [{ accused: 1, officials: [{ id: 'o1', fullName: 'นายวีระ ทองคำ', position: 'นายช่างโยธา' }] }],
          },
        },
      ],
    });
    expect(probableMatchesOf(refusal)).toEqual({ 1: [{ id: 'o1', fullName: 'นายวีระ ทองคำ', position: 'นายช่างโยธา' }] });
    expect(probableMatchesOf(new Error('offline'))).toBeUndefined();
    const values = { ...emptyIntake(now), accused: [{ ...emptyAccused(), fullName: 'นายวีรา ทองคำ', notOfficials: ['o1'] }] };
    expect(toRecordInput(values).accused).toEqual([
      { fullName: 'นายวีรา ทองคำ', position: undefined, unit: undefined, notOfficials: ['o1'] },
    ]);
  });

  it('refuses what the server refuses: no accused (R5), invisible text only, a receipt before B.E. 2500 (issue 9, item 14)', () => {
    const filled = {
      ...emptyIntake(now),
      channel: 'POST',
      subject: 'ก',
      details: 'ข',
      anonymous: true,
      accused: [{ officialId: '', fullName: 'นายช่าง', position: '', unit: '', notOfficials: [] }],
    };
    expect(validateIntake(filled, now)).toEqual({});
    expect(validateIntake({ ...filled, accused: [] }, now)).toEqual({ accused: 'accusedRequired' });
    expect(validateIntake({ ...filled, subject: '\u200b\u00a0', details: '\ufeff' }, now)).toEqual({
      subject: 'required',
      details: 'required',
    });
    expect(
      validateIntake({ ...filled, accused: [{ officialId: '', fullName: '\u200b', position: '', unit: '', notOfficials: [] }] }, now),
    ).toEqual({ 'accused.0': 'accused' });
    expect(validateIntake({ ...filled, receivedAt: '1956-12-31T23:59' }, now)).toEqual({ receivedAt: 'tooEarly' });
    expect(validateIntake({ ...filled, receivedAt: '1957-01-01T00:00' }, now)).toEqual({});
  });
});

describe('listEdits', () => {
  it('changes one item, removes one, adds one, handing the new list on', () => {
    const seen: { n: number }[][] = [];
    const edits = listEdits([{ n: 1 }, { n: 2 }], (next) => seen.push(next));
    edits.update(1, { n: 3 });
    edits.remove(0);
    edits.add({ n: 4 });
    expect(seen).toEqual([[{ n: 1 }, { n: 3 }], [{ n: 2 }], [{ n: 1 }, { n: 2 }, { n: 4 }]]);
  });
});
