import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { Banner } from '../components/Banner';
import { Toasts } from '../components/Toasts';
import { useLiveAlerts } from '../features/alerts/useLiveAlerts';
import { BoardPage } from '../features/board/BoardPage';
import { useBoardLive } from '../features/board/useBoardLive';
import { ChangePasswordPage } from '../features/change-password/ChangePasswordPage';
import { isAdminSection } from '../features/admin/adminSections';
import { SecondFactorGatePage } from '../features/second-factor/SecondFactorGatePage';
import { AppHeader } from '../features/session/AppHeader';
import { MeQuery, type SessionUser } from '../features/session/MeQuery';
import { useSessionEndedElsewhere } from '../features/session/useSessionEndedElsewhere';
import { SignedOut } from '../features/first-run/SignedOut';
import { OverseerApp } from '../features/oversight/OverseerApp';
import { isOverseer, isOverseerOnly } from '../features/oversight/oversightModel';
import { describeError, hasErrorCode } from './errors';
import { useI18n } from './i18n';
import { matchRoute, usePath } from './router';
import './App.css';

// The board is the first screen; the intake form and the complaint file load when opened.
const IntakePage = lazy(() => import('../features/intake/IntakePage').then((m) => ({ default: m.IntakePage })));
const OverviewPage = lazy(() => import('../features/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })));
const AdminPage = lazy(() => import('../features/admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const AccountPage = lazy(() => import('../features/account/AccountPage').then((m) => ({ default: m.AccountPage })));
const RegisterPage = lazy(() => import('../features/register/RegisterPage').then((m) => ({ default: m.RegisterPage })));
// Issue 12: the citizen's pages, loaded only when a citizen opens them.
const ReportPage = lazy(() => import('../features/report/ReportPage').then((m) => ({ default: m.ReportPage })));
const TrackPage = lazy(() => import('../features/track/TrackPage').then((m) => ({ default: m.TrackPage })));
// Issue 13, item 3: the overseer's page.
const OversightPage = lazy(() => import('../features/oversight/OversightPage').then((m) => ({ default: m.OversightPage })));
const ComplaintFilePage = lazy(() =>
  import('../features/complaint-file/ComplaintFilePage').then((m) => ({ default: m.ComplaintFilePage })),
);

/**
 * Issue 12: /report and /track are the citizen's, open to anyone and without the staff header;
 * every other path is the staff app.
 */
export function App() {
  const { t } = useI18n();
  const { screen } = matchRoute(usePath());
  if (screen === 'report' || screen === 'track') {
    return <Suspense fallback={<Banner title={t.common.loading} />}>{screen === 'report' ? <ReportPage /> : <TrackPage />}</Suspense>;
  }
  return <StaffApp />;
}

/** Signed in or not is whatever Me answers: no copy of the session is kept on the client. */
function StaffApp() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(MeQuery);

  function retry() {
    // A failed retry is rendered from `error`; the rejected promise carries nothing more.
    refetch().catch(() => undefined);
  }

  // Contract, "Accounts": a temporary password is changed before anything else.
  if (data?.me?.mustChangePassword) {
    return <ChangePasswordPage username={data.me.username} />;
  }
  // Issue 11, item 3: the organisation requires a second factor of this user's role.
  if (data?.me?.mustEnrolSecondFactor) {
    return <SecondFactorGatePage />;
  }
  // Issue 13, item 3: an OVERSEER reads figures only; no board, no complaint, no live feed of them.
  if (data?.me && isOverseerOnly(data.me.roles)) {
    return <OverseerApp user={data.me} />;
  }
  if (data?.me) {
    return <SignedInApp user={data.me} />;
  }
  // `me` is nullable in the schema: no user is as signed out as an UNAUTHENTICATED answer.
  if (data || hasErrorCode(error, 'UNAUTHENTICATED')) {
    return <SignedOut />;
  }
  return (
    <main className="app__splash">
      {error ? (
        <Banner
          tone="error"
          title={t.common.startFailed}
          action={
            <button className="button button--primary" type="button" onClick={retry}>
              {t.common.retry}
            </button>
          }
        >
          {describeError(error, t.common)}
        </Banner>
      ) : (
        <Banner title={t.common.loading} />
      )}
    </main>
  );
}

function SignedInApp({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const route = matchRoute(usePath());
  // Subscribed for the whole session, whichever screen is shown, so the cached board never goes stale.
  useLiveAlerts();
  useBoardLive();
  // A session that ends on the server (expiry, sign-out elsewhere) signs this page out too.
  useSessionEndedElsewhere();

  function screen() {
    switch (route.screen) {
      case 'home':
        // The Chief Executive (นายก) starts on the overview, an overseer on the bodies below; everyone else on the board.
        if (isOverseer(user.roles)) return <OversightPage roles={user.roles} />;
        return user.roles.includes('EXECUTIVE') ? <OverviewPage roles={user.roles} /> : <BoardPage roles={user.roles} />;
      case 'board':
        return <BoardPage roles={user.roles} />;
      case 'overview':
        return <OverviewPage roles={user.roles} />;
      case 'intake':
        return user.roles.includes('CENTER_OFFICER') ? <IntakePage /> : <Banner title={t.intake.forbidden} />;
      case 'register':
        return <RegisterPage />;
      case 'complaint':
        return <ComplaintFilePage id={route.id} roles={user.roles} />;
      case 'admin':
        return isAdminSection(route.section) ? (
          <AdminPage section={route.section} roles={user.roles} />
        ) : (
          <Banner title={t.common.notFound} />
        );
      case 'account':
        return <AccountPage user={user} />;
      case 'oversight':
        return <OversightPage roles={user.roles} />;
      case 'notFound':
      case 'report': // rendered by App, without the staff header
      case 'track':
        return <Banner title={t.common.notFound} />;
    }
  }

  return (
    <div className="app">
      <AppHeader user={user} />
      <main className="app__main">
        <Suspense fallback={<Banner title={t.common.loading} />}>{screen()}</Suspense>
      </main>
      <Toasts />
    </div>
  );
}
