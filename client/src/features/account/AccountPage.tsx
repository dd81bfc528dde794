import { useI18n } from '../../app/i18n';
import { SecondFactorPolicy } from '../second-factor/SecondFactorPolicy';
import { SecondFactorSection } from '../second-factor/SecondFactorSection';
import type { SessionUser } from '../session/MeQuery';
import { AccountPassword } from './AccountPassword';
import './AccountPage.css';

/** Issue 11, item 3: every signed-in user's own account: their password and two-factor sign-in. */
export function AccountPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  return (
    <div className="screen account-page">
      <h1>{t.account.title}</h1>
      <p className="muted">
        {user.displayName} · {user.username}
      </p>
      <AccountPassword username={user.username} />
      <SecondFactorSection enabled={user.secondFactorEnabled} />
      {/* Also under Administration → Security; here because an ADMIN turns their own on first. */}
      {user.roles.includes('ADMIN') && <SecondFactorPolicy />}
    </div>
  );
}
