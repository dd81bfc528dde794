import { useQuery } from '@apollo/client/react';
import { describeError } from '../../app/errors';
import { useI18n } from '../../app/i18n';
import { Banner } from '../../components/Banner';
import { SignInPage } from '../sign-in/SignInPage';
import { FirstRunPage } from './FirstRunPage';
import { PublicOrganisationQuery } from './PublicOrganisationQuery';

/** Signed out: the sign-in page of the body (of the deployment, when several bodies share it), or the first-run page while there is none. */
export function SignedOut() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(PublicOrganisationQuery);
  if (error)
    return (
      <Banner tone="error" title={t.common.startFailed}>
        {describeError(error, t.common)}
      </Banner>
    );
  if (!data) return <Banner title={t.common.loading} />;
  if (data.firstRunPending) return <FirstRunPage onDone={() => void refetch()} />;
  return <SignInPage organisation={data.organisation ?? undefined} />;
}
