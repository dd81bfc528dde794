import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { hasErrorCode } from '../../app/errors';
import { graphql } from '../../gql';
import { clearAlerts } from '../alerts/alertStore';
import { MeQuery } from './MeQuery';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      ok
    }
  }
`);

/** Ends the session on the server, then forgets everything the user could see. */
export function useSignOut(): { signOut: () => Promise<void>; pending: boolean; failed: boolean } {
  const client = useApolloClient();
  const [mutate] = useMutation(SignOutMutation);
  const [state, setState] = useState<'idle' | 'pending' | 'failed'>('idle');

  async function signOut(): Promise<void> {
    setState('pending');
    try {
      await mutate();
    } catch (error) {
      // An expired session is signed out already: carry on and forget it locally.
      if (!hasErrorCode(error, 'UNAUTHENTICATED')) {
        setState('failed');
        return;
      }
    }
    // clearStore, not resetStore: the board and the rest must not be refetched, they would only fail.
    await client.clearStore();
    clearAlerts();
    // Asked again, Me now fails with UNAUTHENTICATED, and App shows the sign-in page just as on a
    // first visit. That failure is the expected answer and App renders it, so it is not an error here.
    await client.refetchQueries({ include: [MeQuery] }).catch(() => undefined);
    setState('idle');
  }

  return { signOut, pending: state === 'pending', failed: state === 'failed' };
}
