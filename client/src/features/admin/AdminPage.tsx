import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { Banner } from '../../components/Banner';
import type { Role } from '../../gql/graphql';
import { BackupStatusPanel } from '../backups/BackupStatusPanel';
import { ChannelsSection } from './ChannelsSection';
import { DeadlineRulesSection } from './DeadlineRulesSection';
import { DivisionsSection } from './DivisionsSection';
import { HolidaysSection } from './HolidaysSection';
import { OfficialsSection } from './OfficialsSection';
import { OrganisationSection } from './OrganisationSection';
import { RegisterImportPage } from '../register-import/RegisterImportPage';
import { SecondFactorPolicy } from '../second-factor/SecondFactorPolicy';
import { UsersSection } from './UsersSection';
import { adminSections, type AdminSection } from './adminSections';
import './AdminPage.css';

/** Issue 11, item 2: what an ADMIN keeps up to date, one section per screen, Thai first. */
export function AdminPage({ section, roles }: { section: AdminSection; roles: readonly Role[] }) {
  const { t } = useI18n();
  if (!roles.includes('ADMIN')) return <Banner title={t.admin.forbidden} />;
  return (
    <div className="screen screen--stacked admin">
      <h1>{t.admin.title}</h1>
      <nav className="admin__tabs" aria-label={t.admin.title}>
        {adminSections.map((name) => (
          <Link key={name} to={`/admin/${name}`} aria-current={name === section ? 'page' : undefined}>
            {t.admin.sections[name]}
          </Link>
        ))}
      </nav>
      <section className="panel admin__section" aria-labelledby="admin-section-title">
        <h2 id="admin-section-title">{t.admin.sections[section]}</h2>
        {section === 'users' && <UsersSection />}
        {section === 'officials' && <OfficialsSection />}
        {section === 'divisions' && <DivisionsSection />}
        {section === 'channels' && <ChannelsSection />}
        {section === 'organisation' && <OrganisationSection />}
        {section === 'holidays' && <HolidaysSection />}
        {section === 'deadlines' && <DeadlineRulesSection />}
        {section === 'security' && <SecondFactorPolicy />}
        {section === 'backups' && <BackupStatusPanel titled={false} />}
        {section === 'import' && <RegisterImportPage />}
      </section>
    </div>
  );
}
