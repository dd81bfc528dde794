import { lazy, Suspense } from 'react';
import { useI18n } from '../../app/i18n';
import { matchRoute, usePath } from '../../app/router';
import { Banner } from '../../components/Banner';
import { Toasts } from '../../components/Toasts';
import { AppHeader } from '../session/AppHeader';
import type { SessionUser } from '../session/MeQuery';
import { useSessionEndedElsewhere } from '../session/useSessionEndedElsewhere';

const OversightPage = lazy(() => import('./OversightPage').then((m) => ({ default: m.OversightPage })));
const AccountPage = lazy(() => import('../account/AccountPage').then((m) => ({ default: m.AccountPage })));

/**
 * Issue 13, item 3: the app of a user whose only role is OVERSEER. They may not read the board or
 * any complaint (contract, "Many bodies on one deployment"), so neither is loaded nor subscribed
 * to: the home is the page of the bodies below, beside their own account.
 */
export function OverseerApp({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const route = matchRoute(usePath());
  // A session that ends on the server (expiry, sign-out elsewhere) signs this page out too.
  useSessionEndedElsewhere();

  function screen() {
    switch (route.screen) {
      case 'home':
      case 'oversight':
        return <OversightPage roles={user.roles} />;
      case 'account':
        return <AccountPage user={user} />;
      case 'board':
      case 'overview':
      case 'intake':
      case 'register':
      case 'complaint':
      case 'admin':
        return <Banner title={t.oversight.notForOverseer} />;
      default:
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
