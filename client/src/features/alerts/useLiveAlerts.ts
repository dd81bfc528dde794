import { useSubscription } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { emitLiveEvent } from '../../app/liveEvents';
import { pushToast } from '../../app/toasts';
import { graphql } from '../../gql';
import { addAlert } from './alertStore';

const AlertsSubscription = graphql(`
  subscription Alerts {
    alerts {
      kind
      at
      complaint {
        id
        receiptNumber
        subject
      }
      deadline {
        rule {
          code
          nameTh
          nameEn
        }
        dueAt
        status
      }
    }
  }
`);

/** Alerts for every signed-in screen: OVERDUE and NEW_COMPLAINT as toasts, all of them in the bell. */
export function useLiveAlerts(): void {
  const { t, lang } = useI18n();
  useSubscription(AlertsSubscription, {
    onData({ data }) {
      const alert = data.data?.alerts;
      if (!alert) return;
      addAlert({
        key: `${alert.kind}:${alert.complaint.id}:${alert.deadline?.rule.code ?? ''}:${alert.at}`,
        kind: alert.kind,
        at: alert.at,
        complaint: alert.complaint,
        rule: alert.deadline?.rule,
        dueAt: alert.deadline?.dueAt,
      });
      emitLiveEvent('alert');
      const rule = alert.deadline ? (lang === 'en' ? alert.deadline.rule.nameEn : alert.deadline.rule.nameTh) : '';
      if (alert.kind === 'OVERDUE') pushToast('error', t.alerts.overdue(alert.complaint.receiptNumber, rule));
      if (alert.kind === 'NEW_COMPLAINT') pushToast('info', t.alerts.newComplaint(alert.complaint.receiptNumber, alert.complaint.subject));
    },
  });
}
