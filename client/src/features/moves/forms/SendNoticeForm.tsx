import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { NoticeKind, NoticeMethod } from '../../../gql/graphql';
import { SelectField } from '../fields/SelectField';
import { TextAreaField } from '../fields/TextAreaField';
import { MoveFormFrame } from '../MoveFormFrame';
import type { MoveValues } from '../moveForm';
import { useMoveForm, type MoveFormProps, type MoveFormState } from '../useMoveForm';

const noticeMethods: readonly NoticeMethod[] = ['LETTER', 'EMAIL', 'IN_PERSON', 'TRACKING_PAGE'];

/** Issue 14, item 2: the letter the server drafts for this kind of notice, to read and edit before sending. */
const NoticeDraftQuery = graphql(`
  query NoticeDraft($complaintId: ID!, $kind: NoticeKind!) {
    noticeDraft(complaintId: $complaintId, kind: $kind) {
      subject
      to
      paragraphs
    }
  }
`);

/** R3, R4, R8: a notice to the complainant; the stage does not change. */
export function SendNoticeForm({
  complaintId,
  receiptNumber,
  to,
  onSubmit,
  onCancel,
  kinds,
}: MoveFormProps<'SEND_NOTICE'> & {
  /** The notices the stage allows (the server's workflow). */
  kinds: readonly NoticeKind[];
  /** Whose letter it is, for its draft. */
  complaintId: string;
}) {
  const { t } = useI18n();
  const form = useMoveForm('SEND_NOTICE', { to, onSubmit });
  const kind = form.values.noticeKind;
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
      {kind && <LetterDraft form={form} complaintId={complaintId} kind={kind} />}
    </MoveFormFrame>
  );
}

/** Issue 14, item 2: the letter of the chosen kind as the server drafts it, editable before it is sent. */
function LetterDraft({
  form,
  complaintId,
  kind,
}: {
  form: MoveFormState<MoveValues<'SEND_NOTICE'>>;
  complaintId: string;
  kind: NoticeKind;
}) {
  const { t } = useI18n();
  const { data } = useQuery(NoticeDraftQuery, { variables: { complaintId, kind } });
  const draft = data?.noticeDraft;
  const drafted = draft?.paragraphs.join('\n\n') ?? '';
  if (drafted && form.values.draft !== drafted) {
    // A new kind brings its own draft, in place of the letter so far (state adjusted while rendering).
    form.set('draft', drafted);
    form.set('letter', drafted);
  }
  if (!draft) return null;
  return (
    <section className="letter-draft" aria-label={t.move.letterDraft}>
      <p>
        <b>{t.move.letterSubject}</b> {draft.subject}
        <br />
        <b>{t.move.letterTo}</b> {draft.to}
      </p>
      <TextAreaField form={form} field="letter" label={t.move.letterText} rows={10} />
      <p className="hint">{t.move.letterHint}</p>
    </section>
  );
}
