import { useI18n, type Named } from '../../../app/i18n';
import type { ComplaintOutcome } from '../../../gql/graphql';
import { SelectField } from '../fields/SelectField';
import { TextAreaField } from '../fields/TextAreaField';
import { MoveFormFrame } from '../MoveFormFrame';
import { useMoveForm, type MoveFormProps } from '../useMoveForm';

const outcomes: readonly ComplaintOutcome[] = ['SUBSTANTIATED', 'UNSUBSTANTIATED', 'REFERRED'];

/**
 * R4.3, R4.5: findings and outcome recorded (→ RESOLVED); R4.6: or, when several divisions examine
 * the complaint, the findings of the caller's division (`reportingDivision`, the server's word).
 */
export function ResolveForm({
  receiptNumber,
  to,
  onSubmit,
  onCancel,
  reportingDivision,
}: MoveFormProps<'RESOLVE'> & { reportingDivision?: Named | null }) {
  const { t, name } = useI18n();
  const form = useMoveForm('RESOLVE', { to, onSubmit });
  const title = reportingDivision ? t.move.reportTitle(name(reportingDivision)) : t.move.titles.RESOLVE;
  return (
    <MoveFormFrame title={title} receiptNumber={receiptNumber} form={form} onCancel={onCancel}>
      {reportingDivision && <p className="field__hint">{t.move.reportHint}</p>}
      <SelectField form={form} field="outcome" label={t.move.outcome} options={outcomes} optionLabel={(outcome) => t.outcomes[outcome]} />
      <TextAreaField form={form} field="findings" label={t.move.findings} rows={4} />
    </MoveFormFrame>
  );
}
