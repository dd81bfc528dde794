import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { AlertBell } from '../alerts/AlertBell';
import { overviewRoles } from '../overview/overviewRoles';
import { isOverseer, isOverseerOnly } from '../oversight/oversightModel';
import { registerRoles } from '../register/registerRoles';
import type { SessionUser } from './MeQuery';
import { useSignOut } from './useSignOut';
import './AppHeader.css';

export function AppHeader({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const { signOut, pending, failed } = useSignOut();

  return (
    <header className="app-header">
      <p className="brand">
        <Link to="/">{t.appName}</Link>
      </p>
      <nav className="app-header__nav" aria-label={t.header.nav}>
        {user.roles.some((role) => overviewRoles.includes(role)) && <Link to="/overview">{t.overview.nav}</Link>}
        {isOverseer(user.roles) && <Link to="/oversight">{t.oversight.nav}</Link>}
        {!isOverseerOnly(user.roles) && <Link to="/board">{t.board.title}</Link>}
        {user.roles.some((role) => registerRoles.includes(role)) && <Link to="/register">{t.register.nav}</Link>}
        {user.roles.includes('CENTER_OFFICER') && <Link to="/intake">{t.intake.open}</Link>}
        {user.roles.includes('ADMIN') && <Link to="/admin">{t.admin.nav}</Link>}
        <Link to="/account">{t.account.nav}</Link>
      </nav>
      <div className="app-header__user">
        <Link className="app-header__name" to="/account" title={t.account.nav}>
          {user.displayName}
        </Link>
        <ul className="role-list" aria-label={t.header.roles}>
          {user.roles.map((role) => (
            <li key={role} className="role-badge">
              {t.roles[role]}
            </li>
          ))}
        </ul>
      </div>
      <div className="app-header__actions">
        {!isOverseerOnly(user.roles) && <AlertBell />}
        <LanguageSwitch />
        <button className="button app-header__sign-out" type="button" onClick={signOut} disabled={pending}>
          {pending ? t.header.signingOut : t.header.signOut}
        </button>
      </div>
      {failed && (
        <p className="app-header__error" role="alert">
          {t.header.signOutFailed}
        </p>
      )}
    </header>
  );
}
