import { useI18n } from '../../../app/i18n';
import { MoveFormFrame } from '../MoveFormFrame';
import { useMoveForm, type MoveFormProps } from '../useMoveForm';

/** R2.3: distributed to the ordered units (ORDERED → FACT_FINDING); nothing to ask but when. */
export function DistributeForm({ receiptNumber, to, onSubmit, onCancel }: MoveFormProps<'DISTRIBUTE'>) {
  const { t } = useI18n();
  const form = useMoveForm('DISTRIBUTE', { to, onSubmit });
  return (
    <MoveFormFrame title={t.move.titles.DISTRIBUTE} receiptNumber={receiptNumber} form={form} onCancel={onCancel}>
      <p>{t.move.confirm.DISTRIBUTE}</p>
    </MoveFormFrame>
  );
}
