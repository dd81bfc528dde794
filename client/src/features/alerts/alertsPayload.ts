import { print } from 'graphql';
import { graphql } from '../../gql';
import { newestAlertAt } from './alertStore';

const AlertsDocument = graphql(`
  subscription Alerts($since: DateTimeISO) {
    alerts(since: $since) {
      kind
      at
      replayed
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

/** An instant long past: the server then replays all the alerts it keeps (the last hour). */
export const everythingKept = '1970-01-01T00:00:00.000Z';

/**
 * The alerts subscription as graphql-ws sends it. graphql-ws sends the same payload again each time
 * the socket reconnects, serialising it anew, so the getter asks every time for what came after the
 * newest alert the bell holds (Apollo's link would send the first subscription's variables again).
 * The server sends alerts at or after `since`, so the newest comes again: the bell drops it.
 */
export function alertsPayload() {
  return {
    operationName: 'Alerts',
    query: print(AlertsDocument),
    variables: {
      get since(): string {
        return newestAlertAt() ?? everythingKept;
      },
    },
  };
}
