import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { fiscalPeriodOf } from '../overview/overviewModel';
import { MeQuery } from '../session/MeQuery';
import { registerFileRoles } from './registerRoles';
import './RegisterDownloads.css';

const registers = ['received', 'sent', 'complaints'] as const;
const formats = ['pdf', 'xlsx'] as const;

/**
 * Issue 14, item 5: the registers of the current and the previous fiscal year as landscape PDF and
 * as Excel (the server's /registers/<register>/<fiscalYear>.pdf|.xlsx), for the roles that may read
 * them; nothing for anyone else.
 */
export function RegisterDownloads() {
  const { t } = useI18n();
  const g = t.registers;
  const roles = useQuery(MeQuery).data?.me?.roles ?? [];
  if (!roles.some((role) => registerFileRoles.includes(role))) return null;
  const current = fiscalPeriodOf(new Date()).fiscalYear;
  return (
    <section className="panel register-files" aria-labelledby="register-files-title">
      <h2 id="register-files-title">{g.title}</h2>
      <p className="register-files__intro">{g.intro}</p>
      {[current, current - 1].map((fy) => (
        <div key={fy} className="register-files__year">
          <h3>{g.fiscalYear(fy)}</h3>
          <ul className="register-files__list">
            {registers.map((register) => (
              <li key={register}>
                <span>{g.names[register]}</span>
                {formats.map((format) => (
                  <a
                    key={format}
                    href={`/registers/${register}/${fy}.${format}`}
                    aria-label={g.link(g.names[register], fy, g[format])}
                    {...(format === 'pdf' ? { target: '_blank', rel: 'noopener' } : { download: true })}
                  >
                    {g[format]}
                  </a>
                ))}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
