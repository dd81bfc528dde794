import { useEffect, useLayoutEffect, useRef } from 'react';
import { apolloClient, wsClient } from '../../app/apollo';
import { useI18n } from '../../app/i18n';
import { emitLiveEvent } from '../../app/liveEvents';
import { pushToast } from '../../app/toasts';
import type { AlertsSubscription } from '../../gql/graphql';
import { alertsPayload } from './alertsPayload';
import { AlertSeedQuery, deadlineAlertKey, seedItems } from './alertSeed';
import { addAlert, seedAlerts } from './alertStore';

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
    // Issue 14, item 7: the bell lists what is already overdue or due soon right after sign-in.
    for (const overdue of [true, false]) {
      apolloClient
        .query({ query: AlertSeedQuery, variables: { overdue }, fetchPolicy: 'network-only' })
        .then(({ data }) => data && seedAlerts(seedItems(data.complaints.edges.map((edge) => edge.node))))
        // A role that reads no register has nothing to seed; the live alerts still come.
        .catch(() => undefined);
    }
  }, []);

  useEffect(() => {
    return wsClient.subscribe<AlertsSubscription>(alertsPayload(), {
      next({ data }) {
        const alert = data?.alerts;
        if (!alert) return;
        const added = addAlert({
          // A clock's alert has the key its seeded item has (one OVERDUE, one DUE_SOON per clock).
          key:
            alert.deadline && (alert.kind === 'OVERDUE' || alert.kind === 'DUE_SOON')
              ? deadlineAlertKey(alert.kind, alert.complaint.id, alert.deadline.rule.code)
              : `${alert.kind}:${alert.complaint.id}:${alert.deadline?.rule.code ?? ''}:${alert.at}`,
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
