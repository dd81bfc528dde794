import { useQuery } from '@apollo/client/react';
import { Notice } from '../components/Notice';
import { BoardPage } from '../features/board/BoardPage';
import { AppHeader } from '../features/session/AppHeader';
import { MeQuery } from '../features/session/MeQuery';
import { SignInPage } from '../features/sign-in/SignInPage';
import { describeError, hasErrorCode } from './errors';
import { useI18n } from './i18n';

/** Signed in or not is whatever Me answers: no copy of the session is kept on the client. */
export function App() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(MeQuery);

  function retry() {
    // A failed retry is rendered from `error`; the rejected promise carries nothing more.
    refetch().catch(() => undefined);
  }

  if (data?.me) {
    return (
      <div className="app">
        <AppHeader user={data.me} />
        <main className="app__main">
          <BoardPage />
        </main>
      </div>
    );
  }
  // `me` is nullable in the schema: no user is as signed out as an UNAUTHENTICATED answer.
  if (data || hasErrorCode(error, 'UNAUTHENTICATED')) {
    return <SignInPage />;
  }
  return (
    <main className="app__splash">
      {error ? (
        <Notice
          tone="error"
          title={t.common.startFailed}
          action={
            <button className="button button--primary" type="button" onClick={retry}>
              {t.common.retry}
            </button>
          }
        >
          {describeError(error, t.common)}
        </Notice>
      ) : (
        <Notice title={t.common.loading} />
      )}
    </main>
  );
}
