import { useApolloClient, useQuery } from '@apollo/client/react';
import { describeError, hasErrorCode, serverMessage } from '../../app/errors';
import { useI18n, type Named } from '../../app/i18n';
import { pushToast } from '../../app/toasts';
import type { ComplaintStage } from '../../gql/graphql';
import { graphql } from '../../gql';
import { moveInput, moveTitle, type MoveValues } from './moveForm';
import { MoveForm } from './MoveForm';
import { useMoveComplaint, type FormMoveKind, type MoveTarget } from './useMoveComplaint';

const MoveDialogQuery = graphql(`
  query MoveDialogQuery {
    divisions {
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
  /** With `reportingDivision` when a RESOLVE by this caller records their division's report (R4.6). */
  complaint: MoveTarget & { receiptNumber: string; reportingDivision?: Named | null };
  onClose: () => void;
};

/** A move dialog wired to the API: CONFLICT reloads and says so; a refusal shows the server's words. */
export function MoveDialog({ kind, to, complaint, onClose }: MoveDialogProps) {
  const { t, lang, name } = useI18n();
  const title =
    kind === 'RESOLVE' && complaint.reportingDivision ? t.move.reportTitle(name(complaint.reportingDivision)) : moveTitle(t.move, kind, to);
  const client = useApolloClient();
  const move = useMoveComplaint(kind);
  const { data } = useQuery(MoveDialogQuery, { skip: kind !== 'ORDER' });

  async function submit(values: MoveValues): Promise<string | undefined> {
    try {
      await move(complaint, moveInput(kind, values));
      pushToast('success', t.move.done(title, complaint.receiptNumber));
      onClose();
      return undefined;
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        // Someone else moved it first: show what is true now and let the clerk decide again.
        await client.refetchQueries({ include: 'active' }).catch(() => undefined);
        pushToast('warning', t.move.conflict(complaint.receiptNumber));
        onClose();
        return undefined;
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
      to={to}
      receiptNumber={complaint.receiptNumber}
      divisions={data?.divisions ?? []}
      reportingDivision={complaint.reportingDivision}
      onSubmit={submit}
      onCancel={onClose}
    />
  );
}
