import { registerNumberMaxLength } from '@rongrian/schema/input-rules';
import { useI18n } from '../../../app/i18n';
import { TextField } from '../fields/TextField';
import { MoveFormFrame } from '../MoveFormFrame';
import { useMoveForm, type MoveFormProps } from '../useMoveForm';

/** R2.2: entered in the Center register and put to the commander (REGISTERED → AWAITING_ORDER). */
export function SubmitForOrderForm({ receiptNumber, to, onSubmit, onCancel }: MoveFormProps<'SUBMIT_FOR_ORDER'>) {
  const { t } = useI18n();
  const form = useMoveForm('SUBMIT_FOR_ORDER', { to, onSubmit });
  return (
    <MoveFormFrame title={t.move.titles.SUBMIT_FOR_ORDER} receiptNumber={receiptNumber} form={form} onCancel={onCancel}>
      <TextField form={form} field="centerRegisterNumber" label={t.move.centerRegisterNumber} maxLength={registerNumberMaxLength} />
    </MoveFormFrame>
  );
}
