import { useEffect, useLayoutEffect, useRef } from 'react';
import { wsClient } from '../../app/apollo';
import { useI18n } from '../../app/i18n';
import { emitLiveEvent } from '../../app/liveEvents';
import { pushToast } from '../../app/toasts';
import type { AlertsSubscription } from '../../gql/graphql';
import { alertsPayload } from './alertsPayload';
import { addAlert } from './alertStore';

/**
 * Alerts for every signed-in screen: all of them in the bell, the live OVERDUE and NEW_COMPLAINT
 * ones as toasts too. It catches up on every (re)connect (issue 9, item 13): alerts raised while
 * the page was not connected (before it opened, while the server restarted, while the network was
 * down) are replayed by the server into the bell, without a toast each.
 */
export function useLiveAlerts(): void {
  const { t, lang } = useI18n();
  const texts = useRef({ t, lang });
  // The texts of the language in use, kept once the render is committed (no ref writes during render).
  useLayoutEffect(() => {
    texts.current = { t, lang };
  });

  useEffect(() => {
    return wsClient.subscribe<AlertsSubscription>(alertsPayload(), {
      next({ data }) {
        const alert = data?.alerts;
        if (!alert) return;
        const added = addAlert({
          key: `${alert.kind}:${alert.complaint.id}:${alert.deadline?.rule.code ?? ''}:${alert.at}`,
          kind: alert.kind,
          at: alert.at,
          complaint: alert.complaint,
          rule: alert.deadline?.rule,
          dueAt: alert.deadline?.dueAt,
        });
        if (!added) return;
        emitLiveEvent('alert');
        if (alert.replayed) return;
        const { t, lang } = texts.current;
        const rule = alert.deadline ? (lang === 'en' ? alert.deadline.rule.nameEn : alert.deadline.rule.nameTh) : '';
        if (alert.kind === 'OVERDUE') pushToast('error', t.alerts.overdue(alert.complaint.receiptNumber, rule));
        if (alert.kind === 'NEW_COMPLAINT')
          pushToast('info', t.alerts.newComplaint(alert.complaint.receiptNumber, alert.complaint.subject));
      },
      // Refused (a role that reads no complaints) or signed out: nothing to show.
      error: () => undefined,
      complete: () => undefined,
    });
  }, []);
}
