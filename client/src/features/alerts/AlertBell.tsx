import { useState } from 'react';
import { formatInstant } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { markAlertsRead, useAlertItems, useUnreadAlerts } from './alertStore';
import './AlertBell.css';

export function AlertBell() {
  const { t, lang, name } = useI18n();
  const items = useAlertItems();
  const unread = useUnreadAlerts();
  const [open, setOpen] = useState(false);

  function toggle() {
    setOpen(!open);
    if (!open) markAlertsRead();
  }

  return (
    <div className="alert-bell">
      <button type="button" className="button alert-bell__button" aria-expanded={open} onClick={toggle} aria-label={t.alerts.bell(unread)}>
        <svg
          aria-hidden="true"
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {unread > 0 && (
          <span className="alert-bell__count" data-testid="alert-count">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <div className="alert-bell__panel" role="region" aria-label={t.alerts.title}>
          <h2>{t.alerts.title}</h2>
          {items.length === 0 ? (
            <p>{t.alerts.none}</p>
          ) : (
            <ul>
              {items.map((item) => (
                <li key={item.key} className={`alert-item alert-item--${item.kind}`}>
                  <span className="alert-item__kind">{t.alerts.kinds[item.kind]}</span>{' '}
                  <Link to={`/complaints/${item.complaint.id}`} onClick={() => setOpen(false)}>
                    {item.complaint.receiptNumber} {item.complaint.subject}
                  </Link>
                  {item.rule && <span> · {name(item.rule)}</span>}
                  <time dateTime={item.at}> · {formatInstant(item.at, lang)}</time>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
