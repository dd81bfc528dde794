import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import './PublicFrame.css';

/**
 * The citizen's pages (/report, /track): no session, no staff menu; the two pages and the staff
 * sign-in linked, the language switch, one column that fits a 360 px phone.
 */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const p = t.public;
  return (
    <div className="public-frame">
      <header className="public-frame__header no-print">
        <p className="brand">{p.brand}</p>
        <nav className="public-frame__nav" aria-label={p.nav.label}>
          <Link to="/report">{p.nav.report}</Link>
          <Link to="/track">{p.nav.track}</Link>
          <a href="/">{p.nav.staff}</a>
        </nav>
        <LanguageSwitch />
      </header>
      <main className="public-frame__main">{children}</main>
    </div>
  );
}
