import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useCallback } from 'react';
import { graphql } from '../../gql';
import type { MoveKind } from '../../gql/graphql';

// The contract has one mutation per move. Each answers with the moved complaint as the board shows
// it, which Apollo writes to the cache: its card changes column and the live feed's copy agrees.
const moveMutations = {
  REGISTER: graphql(`
    mutation RegisterComplaint($input: RegisterComplaintInput!) {
      registerComplaint(input: $input) {
        complaint {
          id
          ...BoardPage_complaint
        }
      }
    }
  `),
  SUBMIT_FOR_ORDER: graphql(`
    mutation SubmitForOrder($input: SubmitForOrderInput!) {
      submitForOrder(input: $input) {
        complaint {
          id
          ...BoardPage_complaint
        }
      }
    }
  `),
  ORDER: graphql(`
    mutation OrderComplaint($input: OrderComplaintInput!) {
      orderComplaint(input: $input) {
        complaint {
          id
          ...BoardPage_complaint
        }
      }
    }
  `),
  DISTRIBUTE: graphql(`
    mutation DistributeComplaint($input: DistributeComplaintInput!) {
      distributeComplaint(input: $input) {
        complaint {
          id
          ...BoardPage_complaint
        }
      }
    }
  `),
  APPOINT_COMMITTEE: graphql(`
    mutation AppointCommittee($input: AppointCommitteeInput!) {
      appointCommittee(input: $input) {
        complaint {
          id
          ...BoardPage_complaint
        }
      }
    }
  `),
  RESOLVE: graphql(`
    mutation ResolveComplaint($input: ResolveComplaintInput!) {
      resolveComplaint(input: $input) {
        complaint {
          id
          ...BoardPage_complaint
        }
      }
    }
  `),
  SEND_NOTICE: graphql(`
    mutation SendNotice($input: SendNoticeInput!) {
      sendNotice(input: $input) {
        complaint {
          id
          ...BoardPage_complaint
        }
      }
    }
  `),
  CLOSE: graphql(`
    mutation CloseComplaint($input: CloseComplaintInput!) {
      closeComplaint(input: $input) {
        complaint {
          id
          ...BoardPage_complaint
        }
      }
    }
  `),
} satisfies Partial<Record<MoveKind, DocumentNode>>;

/** A move the web app has a form for. */
export type FormMoveKind = keyof typeof moveMutations;

export function isFormMove(kind: MoveKind): kind is FormMoveKind {
  return kind in moveMutations;
}

/** The complaint a move is made on, at the version the clerk saw (a stale one gets CONFLICT). */
export type MoveTarget = { id: string; version: number };

type Target = { complaintId: string; expectedVersion: number };
type InputOf<K extends FormMoveKind> = (typeof moveMutations)[K] extends TypedDocumentNode<unknown, { input: infer I }> ? I : never;

/** What a move's mutation takes besides the complaint and its version. */
export type MoveInput<K extends FormMoveKind = FormMoveKind> = Omit<InputOf<K>, keyof Target>;

/**
 * Makes one move (R2–R4) on a complaint with the move's own mutation. The file screen also lists
 * events, notices and deadlines, which the answer does not carry, so it is asked again when open.
 */
export function useMoveComplaint<K extends FormMoveKind>(kind: K) {
  // Each key's document takes that key's input, which TypeScript cannot follow through `kind`.
  const mutation = moveMutations[kind] as unknown as TypedDocumentNode<unknown, { input: MoveInput<K> & Target }>;
  const [mutate] = useMutation(mutation, { refetchQueries: ['ComplaintFilePageQuery'] });
  return useCallback(
    (complaint: MoveTarget, input: MoveInput<K>) =>
      mutate({ variables: { input: { ...input, complaintId: complaint.id, expectedVersion: complaint.version } } }),
    [mutate],
  );
}
