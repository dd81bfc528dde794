import { committeeMinMembers, orderNumberMaxLength, personNameMaxLength } from '@rongrian/schema/input-rules';
import { useI18n } from '../../../app/i18n';
import type { CommitteeRole } from '../../../gql/graphql';
import { FieldError } from '../fields/FieldError';
import { TextField } from '../fields/TextField';
import type { CommitteeMemberValues } from '../moveForm';
import { MoveFormFrame } from '../MoveFormFrame';
import { useMoveForm, type MoveFormProps } from '../useMoveForm';
import './AppointCommitteeForm.css';

const committeeRoles: readonly CommitteeRole[] = ['CHAIR', 'MEMBER', 'SECRETARY'];

/** R3, R4.4: a fact-finding committee (FACT_FINDING → COMMITTEE): its order and its members. */
export function AppointCommitteeForm({ receiptNumber, to, onSubmit, onCancel }: MoveFormProps<'APPOINT_COMMITTEE'>) {
  const { t } = useI18n();
  const m = t.move;
  const form = useMoveForm('APPOINT_COMMITTEE', { to, onSubmit });
  const { members } = form.values;
  const setMembers = (next: CommitteeMemberValues[]) => form.set('members', next);
  const update = (index: number, change: Partial<CommitteeMemberValues>) =>
    setMembers(members.map((member, i) => (i === index ? { ...member, ...change } : member)));

  return (
    <MoveFormFrame title={m.titles.APPOINT_COMMITTEE} receiptNumber={receiptNumber} form={form} onCancel={onCancel}>
      <TextField form={form} field="orderNumber" label={m.orderNumber} maxLength={orderNumberMaxLength} />
      <fieldset className="field" aria-describedby={form.errorIdOf('members')}>
        <legend>{m.members}</legend>
        {members.map((member, index) => (
          <div className="member-row" key={index}>
            <input
              aria-label={`${m.memberName} ${index + 1}`}
              name={`member-${index}`}
              value={member.fullName}
              maxLength={personNameMaxLength}
              onChange={(e) => update(index, { fullName: e.target.value })}
            />
            <select
              aria-label={`${m.memberRole} ${index + 1}`}
              value={member.role}
              onChange={(e) => update(index, { role: e.target.value as CommitteeRole })}
            >
              {committeeRoles.map((role) => (
                <option key={role} value={role}>
                  {m.committeeRoles[role]}
                </option>
              ))}
            </select>
            {members.length > committeeMinMembers && (
              <button type="button" className="button button--small" onClick={() => setMembers(members.filter((_, i) => i !== index))}>
                {m.remove}
              </button>
            )}
          </div>
        ))}
        <button type="button" className="button button--small" onClick={() => setMembers([...members, { fullName: '', role: 'MEMBER' }])}>
          {m.addMember}
        </button>
        <FieldError form={form} field="members" />
      </fieldset>
    </MoveFormFrame>
  );
}
