import { useI18n } from '../../../app/i18n';
import { MoveFormFrame } from '../MoveFormFrame';
import { useMoveForm, type MoveFormProps } from '../useMoveForm';

/** R3, R4.5: the case is closed (RESOLVED → CLOSED); nothing to ask but when. */
export function CloseForm({ receiptNumber, to, onSubmit, onCancel }: MoveFormProps<'CLOSE'>) {
  const { t } = useI18n();
  const form = useMoveForm('CLOSE', { to, onSubmit });
  return (
    <MoveFormFrame title={t.move.titles.CLOSE} receiptNumber={receiptNumber} form={form} onCancel={onCancel}>
      <p>{t.move.confirm.CLOSE}</p>
    </MoveFormFrame>
  );
}
