import { registerNumberMaxLength } from '@rongrian/schema/input-rules';
import { useI18n } from '../../../app/i18n';
import { TextField } from '../fields/TextField';
import { MoveFormFrame } from '../MoveFormFrame';
import { useMoveForm, type MoveFormProps } from '../useMoveForm';

/** R2.1: entered in the SAO incoming-document register (RECEIVED → REGISTERED). */
export function RegisterForm({ receiptNumber, to, onSubmit, onCancel }: MoveFormProps<'REGISTER'>) {
  const { t } = useI18n();
  const form = useMoveForm('REGISTER', { to, onSubmit });
  return (
    <MoveFormFrame title={t.move.titles.REGISTER} receiptNumber={receiptNumber} form={form} onCancel={onCancel}>
      <TextField form={form} field="registerNumber" label={t.move.registerNumber} maxLength={registerNumberMaxLength} />
    </MoveFormFrame>
  );
}
