import { useApolloClient, useQuery } from '@apollo/client/react';
import { describeError, hasErrorCode, serverMessage } from '../../app/errors';
import { useI18n } from '../../app/i18n';
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
  complaint: MoveTarget & { receiptNumber: string };
  onClose: () => void;
};

/** A move dialog wired to the API: CONFLICT reloads and says so; a refusal shows the server's words. */
export function MoveDialog({ kind, to, complaint, onClose }: MoveDialogProps) {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const move = useMoveComplaint(kind);
  const { data } = useQuery(MoveDialogQuery, { skip: kind !== 'ORDER' });

  async function submit(values: MoveValues): Promise<string | undefined> {
    try {
      await move(complaint, moveInput(kind, values));
      pushToast('success', t.move.done(moveTitle(t.move, kind, to), complaint.receiptNumber));
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
      onSubmit={submit}
      onCancel={onClose}
    />
  );
}
