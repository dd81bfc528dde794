import { useI18n } from '../../../app/i18n';
import type { ComplaintOutcome } from '../../../gql/graphql';
import { SelectField } from '../fields/SelectField';
import { TextAreaField } from '../fields/TextAreaField';
import { MoveFormFrame } from '../MoveFormFrame';
import { useMoveForm, type MoveFormProps } from '../useMoveForm';

const outcomes: readonly ComplaintOutcome[] = ['SUBSTANTIATED', 'UNSUBSTANTIATED', 'REFERRED'];

/** R4.3, R4.5: findings and outcome recorded (→ RESOLVED). */
export function ResolveForm({ receiptNumber, to, onSubmit, onCancel }: MoveFormProps<'RESOLVE'>) {
  const { t } = useI18n();
  const form = useMoveForm('RESOLVE', { to, onSubmit });
  return (
    <MoveFormFrame title={t.move.titles.RESOLVE} receiptNumber={receiptNumber} form={form} onCancel={onCancel}>
      <SelectField form={form} field="outcome" label={t.move.outcome} options={outcomes} optionLabel={(outcome) => t.outcomes[outcome]} />
      <TextAreaField form={form} field="findings" label={t.move.findings} rows={4} />
    </MoveFormFrame>
  );
}
