import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { hasErrorCode } from '../../app/errors';
import { navigate } from '../../app/router';
import { graphql } from '../../gql';
import { forgetSession } from './forgetSession';

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
    await forgetSession(client);
    // Whoever signs in next on this computer starts at home, not on the screen the last user left open.
    navigate('/');
    setState('idle');
  }

  return { signOut, pending: state === 'pending', failed: state === 'failed' };
}
