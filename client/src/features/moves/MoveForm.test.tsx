// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { officeTimeToInstant } from '../../app/format';
import { setLang } from '../../app/i18n';
import { MoveForm } from './MoveForm';
import { initialMoveValues, validateMove, type MoveValues } from './moveForm';

import type { CommitteeRole } from '../../gql/graphql';

type Submit = (values: MoveValues) => Promise<string | undefined>;

const divisions = [
  { code: 'ENGINEERING', nameTh: 'กองช่าง', nameEn: 'Engineering' },
  { code: 'FINANCE', nameTh: 'กองคลัง', nameEn: 'Finance' },
];

// What the server's workflow offers (Complaint.availableNoticeKinds, notAcceptedReasons) at a stage.
const noticeKinds = ['ACKNOWLEDGEMENT', 'PROGRESS'] as const;
const reasons = ['BEFORE_COURT', 'OTHER_AGENCY', 'PRIVATE_DISPUTE', 'INSUFFICIENT_INFORMATION', 'OTHER'] as const;

afterEach(cleanup);

function renderForm(kind: Parameters<typeof MoveForm>[0]['kind'], onSubmit = vi.fn<Submit>(async () => undefined)) {
  setLang('en');
  render(
    <MoveForm
      kind={kind}
      complaintId="00000000-0000-4000-8000-000000000001"
      receiptNumber="1/2569"
      divisions={divisions}
      noticeKinds={noticeKinds}
      notAcceptedReasons={reasons}
      onSubmit={onSubmit}
      onCancel={() => {}}
    />,
  );
  return onSubmit;
}

describe('MoveForm', () => {
  it('asks for the register number and sends nothing without it', async () => {
    const onSubmit = renderForm('REGISTER');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'SAO incoming register number: Please fill in this field');
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('SAO incoming register number'), { target: { value: ' 123/2569 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ registerNumber: ' 123/2569 ' });
  });

  it("R4.6: a division's report on a complaint several divisions examine says so, and that the complaint waits for the others", async () => {
    setLang('th');
    render(
      <MoveForm
        kind="RESOLVE"
        complaintId="00000000-0000-4000-8000-000000000001"
        receiptNumber="1/2569"
        divisions={divisions}
        reportingDivision={divisions[0]}
        noticeKinds={noticeKinds}
        notAcceptedReasons={reasons}
        onSubmit={vi.fn<Submit>()}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('heading').textContent).toContain('รายงานผลการตรวจสอบของกองช่าง');
    expect(screen.getByText(/เรื่องจะได้ข้อยุติเมื่อหน่วยงานที่ได้รับมอบหมายรายงานผลครบทุกหน่วย/)).toBeTruthy();
  });

  it('a resolution by the Center, or of one division, is titled as a resolution', () => {
    renderForm('RESOLVE');
    expect(screen.getByRole('heading').textContent).toContain('Record the findings');
    expect(screen.queryByText(/every division it was assigned to has reported/)).toBeNull();
  });

  it("offers only the notices and reasons the server's workflow leaves (availableNoticeKinds, notAcceptedReasons)", () => {
    renderForm('SEND_NOTICE');
    const noticeOptions = [...(screen.getByLabelText('Kind of notice') as HTMLSelectElement).options]
      .map((option) => option.value)
      .filter(Boolean);
    expect(noticeOptions).toEqual(['ACKNOWLEDGEMENT', 'PROGRESS']);
    cleanup();
    renderForm('ORDER');
    fireEvent.click(screen.getByLabelText('Do not accept'));
    const reasonOptions = [...(screen.getByLabelText('Reason for not accepting') as HTMLSelectElement).options]
      .map((option) => option.value)
      .filter(Boolean);
    expect(reasonOptions).toEqual([...reasons]);
  });

  it('an accepting order needs a unit; not accepting needs a reason', async () => {
    const onSubmit = renderForm('ORDER');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Responsible units: Choose at least one unit')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Do not accept'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Reason for not accepting: Choose a reason')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Accept'));
    fireEvent.click(screen.getByLabelText('Engineering'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ decision: 'ACCEPT', units: ['ENGINEERING'] });
  });

  it('shows the server’s refusal in the dialog', async () => {
    renderForm(
      'CLOSE',
      vi.fn<Submit>(async () => 'Send a RESULT notice first'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('move-refusal')).toHaveProperty('textContent', 'Send a RESULT notice first');
  });
});

describe('validateMove', () => {
  it('a committee needs three named members and exactly one chair', () => {
    const values = initialMoveValues('APPOINT_COMMITTEE');
    expect(validateMove('APPOINT_COMMITTEE', values)).toMatchObject({ orderNumber: 'required', members: 'memberName' });
    const named = {
      ...values,
      orderNumber: '12/2569',
      members: values.members.map((m, i) => ({ ...m, fullName: `M${i}`, role: 'MEMBER' as CommitteeRole })),
    };
    expect(validateMove('APPOINT_COMMITTEE', named)).toEqual({ members: 'oneChair' });
    named.members[0]!.role = 'CHAIR';
    expect(validateMove('APPOINT_COMMITTEE', named)).toEqual({});
  });

  it('resolve needs an outcome and findings; close and distribute need nothing', () => {
    expect(validateMove('RESOLVE', initialMoveValues('RESOLVE'))).toEqual({ outcome: 'required', findings: 'required' });
    expect(validateMove('CLOSE', initialMoveValues('CLOSE'))).toEqual({});
    expect(validateMove('DISTRIBUTE', initialMoveValues('DISTRIBUTE'))).toEqual({});
  });

  it('reads the step time as Bangkok office time', () => {
    expect(officeTimeToInstant('2026-04-08T10:00')).toBe('2026-04-08T10:00:00+07:00');
    expect(officeTimeToInstant('')).toBeUndefined();
  });
});
