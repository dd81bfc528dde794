import { useId, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { Link, usePath } from '../../app/router';
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
  // Issue 14, item 7: on a phone the menu folds behind a button; it closes on Escape (focus back
  // on the button) and whenever the screen changes.
  // Kept as the path it was opened on: once the screen changes, it is closed.
  const path = usePath();
  const [openOn, setOpenOn] = useState<string>();
  const menuOpen = openOn === path;
  const setMenuOpen = (open: boolean) => setOpenOn(open ? path : undefined);
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);

  return (
    <header className="app-header">
      <p className="brand">
        <Link to="/">{t.appName}</Link>
      </p>
      <button
        ref={menuButton}
        type="button"
        className="button app-header__menu-button"
        aria-expanded={menuOpen}
        aria-controls={menuId}
        onClick={() => setMenuOpen(!menuOpen)}
      >
        <svg
          aria-hidden="true"
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          {menuOpen ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 6h16M4 12h16M4 18h16" />}
        </svg>
        <span>{menuOpen ? t.menu.close : t.menu.open}</span>
      </button>
      <nav
        id={menuId}
        className="app-header__nav"
        data-open={menuOpen}
        aria-label={t.header.nav}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !menuOpen) return;
          setMenuOpen(false);
          menuButton.current?.focus();
        }}
        onClick={(event) => {
          // A link followed closes the menu, even one to the screen already shown.
          if ((event.target as HTMLElement).closest('a')) setMenuOpen(false);
        }}
      >
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
