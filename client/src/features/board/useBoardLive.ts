import type { Reference } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { emitLiveEvent } from '../../app/liveEvents';
import { graphql } from '../../gql';

const BoardChangesSubscription = graphql(`
  subscription BoardChanges {
    complaintChanges {
      kind
      complaint {
        id
        ...BoardPage_complaint
      }
    }
  }
`);

type BoardInCache = { columns: { stage: string; complaints: Reference[] }[] };

/**
 * Keeps the board live (issue 4, "Live"): every change pushed by the server is written to the cache
 * by Apollo (a moved complaint's stage changes, so its card changes column); a complaint the board
 * has not listed yet (just recorded, or newly assigned to the user's division) is added to it.
 */
export function useBoardLive(): void {
  useSubscription(BoardChangesSubscription, {
    onData({ client, data }) {
      const id = data.data?.complaintChanges.complaint.id;
      if (!id) return;
      client.cache.modify({
        fields: {
          board(value, { toReference, readField }) {
            const existing = value as unknown as BoardInCache | undefined;
            if (!existing?.columns) return value;
            const listed = existing.columns.some((column) => column.complaints.some((ref) => readField('id', ref) === id));
            const ref = toReference({ __typename: 'Complaint', id });
            if (listed || !ref || existing.columns.length === 0) return value;
            // The column it sits in on the server does not matter: the board groups by stage.
            const [first, ...rest] = existing.columns;
            return { ...existing, columns: [{ ...first!, complaints: [...first!.complaints, ref] }, ...rest] } as unknown as typeof value;
          },
        },
      });
      emitLiveEvent('complaintChange');
    },
  });
}
