import type { FragmentType } from '@apollo/client';
import { useApolloClient, useFragment, useQuery } from '@apollo/client/react';
import { describeError, hasErrorCode, serverMessage } from '../../app/errors';
import { serverFieldErrors } from '../../app/fieldErrors';
import { useI18n } from '../../app/i18n';
import { pushToast } from '../../app/toasts';
import type { ComplaintStage } from '../../gql/graphql';
import { graphql } from '../../gql';
import { moveInput, moveTitle, type MoveValues } from './moveForm';
import { MoveForm } from './MoveForm';
import { useMoveComplaint, type FormMoveKind } from './useMoveComplaint';
import type { MoveRefusal } from './useMoveForm';

const MoveDialogQuery = graphql(`
  query MoveDialogQuery {
    divisions {
      code
      nameTh
      nameEn
    }
  }
`);

/**
 * What the dialogs ask of the complaint: its version for the move, and the choices the server's
 * workflow leaves this caller (the notices the stage allows, the reasons an order may give, and
 * whether their resolution is their division's report).
 */
export const MoveDialogFragment = graphql(`
  fragment MoveDialog_complaint on Complaint {
    id
    version
    receiptNumber
    availableNoticeKinds
    notAcceptedReasons
    reportingDivision {
      code
      nameTh
      nameEn
    }
  }
`);

export type MoveDialogProps = {
  kind: FormMoveKind;
  /** The stage the clerk is moving the complaint to, when chosen on the board. */
  to?: ComplaintStage;
  complaint: FragmentType<typeof MoveDialogFragment>;
  onClose: () => void;
};

/** The move form's field for a path the server names: a committee member is the members list. */
const moveFieldOf = (path: string) =>
  path
    .replace(/^input\./, '')
    .replace(/^members\..*$/, 'members')
    .replace(/^kind$/, 'noticeKind')
    .replace(/^method$/, 'noticeMethod');

/** A move dialog wired to the API: CONFLICT reloads and says so; a refusal shows the server's words. */
export function MoveDialog({ kind, to, complaint: from, onClose }: MoveDialogProps) {
  const { t, lang, name } = useI18n();
  const { data: complaint, complete } = useFragment({ fragment: MoveDialogFragment, from });
  const client = useApolloClient();
  const move = useMoveComplaint(kind);
  const { data } = useQuery(MoveDialogQuery, { skip: kind !== 'ORDER' });
  if (!complete) return null;
  const { id, version, receiptNumber, reportingDivision } = complaint;
  const title = kind === 'RESOLVE' && reportingDivision ? t.move.reportTitle(name(reportingDivision)) : moveTitle(t.move, kind, to);

  async function submit(values: MoveValues): Promise<string | MoveRefusal | undefined> {
    try {
      await move({ id, version }, moveInput(kind, values));
      pushToast('success', t.move.done(title, receiptNumber));
      onClose();
      return undefined;
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        // Someone else moved it first: show what is true now and let the clerk decide again.
        await client.refetchQueries({ include: 'active' }).catch(() => undefined);
        pushToast('warning', t.move.conflict(receiptNumber));
        onClose();
        return undefined;
      }
      // Issue 14, item 7: a refused field's words sit beside it, naming it by its label.
      const refused = Object.entries(serverFieldErrors(error, lang, t.fields)).map(([path, text]) => [moveFieldOf(path), text] as const);
      if (refused.length > 0) {
        const unplaced = refused.filter(([field]) => !(field in values));
        return {
          message: unplaced.length > 0 ? unplaced.map(([, text]) => text).join(' ') : t.intake.invalid,
          fields: Object.fromEntries(refused),
        };
      }
      if (hasErrorCode(error, 'INVALID_TRANSITION') || hasErrorCode(error, 'BAD_USER_INPUT')) {
        return serverMessage(error, lang) ?? t.common.failed;
      }
      return describeError(error, t.common);
    }
  }

  return (
    <MoveForm
      kind={kind}
      complaintId={id}
      to={to}
      receiptNumber={receiptNumber}
      divisions={data?.divisions ?? []}
      reportingDivision={reportingDivision}
      noticeKinds={complaint.availableNoticeKinds}
      notAcceptedReasons={complaint.notAcceptedReasons}
      onSubmit={submit}
      onCancel={onClose}
    />
  );
}
