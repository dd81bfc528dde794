import { useApolloClient, useQuery } from '@apollo/client/react';
import { describeError, hasErrorCode, serverMessage } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { pushToast } from '../../app/toasts';
import { graphql } from '../../gql';
import type { DialogKind } from './moveForm';
import { MoveForm } from './MoveForm';
import { useMoveComplaint, type MoveTarget } from './useMoveComplaint';

const MoveDialogQuery = graphql(`
  query MoveDialogQuery {
    divisions {
      code
      nameTh
      nameEn
    }
  }
`);

type MoveDialogProps = {
  kind: DialogKind;
  complaint: MoveTarget & { receiptNumber: string };
  onClose: () => void;
};

/** A move dialog wired to the API: CONFLICT reloads and says so; a refusal shows the server's words. */
export function MoveDialog({ kind, complaint, onClose }: MoveDialogProps) {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const run = useMoveComplaint();
  const needsDivisions = kind === 'order' || kind === 'notAccept';
  const { data } = useQuery(MoveDialogQuery, { skip: !needsDivisions });

  async function submit(values: Parameters<typeof run>[2]): Promise<string | undefined> {
    try {
      await run(kind, complaint, values);
      pushToast('success', t.move.done(t.move.titles[kind], complaint.receiptNumber));
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
      receiptNumber={complaint.receiptNumber}
      divisions={data?.divisions ?? []}
      onSubmit={submit}
      onCancel={onClose}
    />
  );
}
