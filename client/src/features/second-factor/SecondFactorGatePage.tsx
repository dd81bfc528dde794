import { useApolloClient } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useSignOut } from '../session/useSignOut';
import { SignInCard } from '../sign-in/SignInCard';
import { SecondFactorEnrolment } from './SecondFactorEnrolment';

/**
 * Issue 11, item 3: the organisation requires a second factor of this user's role and they have
 * none; the server answers nothing else until they turn it on (shown by App as ChangePasswordPage is).
 */
export function SecondFactorGatePage() {
  const { t } = useI18n();
  const client = useApolloClient();
  const { signOut } = useSignOut();
  return (
    <SignInCard title={t.secondFactor.gateTitle} intro={t.secondFactor.gateIntro}>
      {/* Me answers mustEnrolSecondFactor: false once the codes are kept, and the app opens. */}
      <SecondFactorEnrolment onDone={() => void client.refetchQueries({ include: ['Me'] })} />
      <button className="button second-factor__sign-out" type="button" onClick={() => signOut()}>
        {t.header.signOut}
      </button>
    </SignInCard>
  );
}
