import type { Reference } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { emitLiveEvent } from '../../app/liveEvents';
import { graphql } from '../../gql';
import { dropAlertsOf } from '../alerts/alertStore';

const BoardChangesSubscription = graphql(`
  subscription BoardChanges {
    complaintChanges {
      kind
      complaintId
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
 * has not listed yet (just recorded, or newly assigned to the user's division) is added to it; a
 * voided one, or one hidden from the user, is taken off.
 */
export function useBoardLive(): void {
  useSubscription(BoardChangesSubscription, {
    onData({ client, data }) {
      const change = data.data?.complaintChanges;
      if (!change) return;
      const id = change.complaintId;
      // Contract, "Corrections and the register": a complaint voided, or hidden from this user (a
      // correction named them among its accused), leaves the board at once; the hidden one's copy
      // leaves the cache too, so that no screen of this user shows it any more.
      if (change.kind === 'VOIDED' || change.kind === 'HIDDEN') {
        client.cache.modify({
          fields: {
            board(value, { readField }) {
              const existing = value as unknown as BoardInCache | undefined;
              if (!existing?.columns) return value;
              const columns = existing.columns.map((column) => ({
                ...column,
                complaints: column.complaints.filter((ref) => readField('id', ref) !== id),
              }));
              return { ...existing, columns } as unknown as typeof value;
            },
          },
        });
        dropAlertsOf(id);
        if (change.kind === 'HIDDEN') {
          client.cache.evict({ id: client.cache.identify({ __typename: 'Complaint', id }) });
          client.cache.gc();
        }
        emitLiveEvent('complaintChange');
        return;
      }
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
