import { useI18n } from '../../../app/i18n';
import type { NoticeKind, NoticeMethod } from '../../../gql/graphql';
import { SelectField } from '../fields/SelectField';
import { MoveFormFrame } from '../MoveFormFrame';
import { useMoveForm, type MoveFormProps } from '../useMoveForm';

const noticeMethods: readonly NoticeMethod[] = ['LETTER', 'EMAIL', 'IN_PERSON', 'TRACKING_PAGE'];

/** R3, R4, R8: a notice to the complainant; the stage does not change. */
export function SendNoticeForm({
  receiptNumber,
  to,
  onSubmit,
  onCancel,
  kinds,
}: MoveFormProps<'SEND_NOTICE'> & { /** The notices the stage allows (the server's workflow). */ kinds: readonly NoticeKind[] }) {
  const { t } = useI18n();
  const form = useMoveForm('SEND_NOTICE', { to, onSubmit });
  return (
    <MoveFormFrame title={t.move.titles.SEND_NOTICE} receiptNumber={receiptNumber} form={form} onCancel={onCancel}>
      <SelectField form={form} field="noticeKind" label={t.move.noticeKind} options={kinds} optionLabel={(kind) => t.noticeKinds[kind]} />
      <SelectField
        form={form}
        field="noticeMethod"
        label={t.move.noticeMethod}
        options={noticeMethods}
        optionLabel={(method) => t.noticeMethods[method]}
      />
    </MoveFormFrame>
  );
}
