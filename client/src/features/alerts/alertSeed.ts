import { graphql } from '../../gql';
import type { AlertSeedQueryQuery } from '../../gql/graphql';
import type { AlertItem } from './alertStore';

/**
 * Issue 14, item 7: what is already overdue or due soon when the user signs in, for the bell at
 * once — the alerts subscription replays only the last hour's alerts, and a clock that went past
 * due yesterday raised its OVERDUE then. The register's own filter finds the overdue complaints;
 * due soon is read from the 50 newest without a clock past due.
 */
// Two documents: one holding both lists would exceed the API's cost limit (graphql/limits.ts).
export const AlertSeedQuery = graphql(`
  query AlertSeedQuery($overdue: Boolean!) {
    complaints(filter: { overdue: $overdue }, first: 50) {
      edges {
        node {
          id
          receiptNumber
          subject
          deadlines {
            status
            dueAt
            dueSoonAt
            rule {
              code
              nameTh
              nameEn
            }
          }
        }
      }
    }
  }
`);

type SeedComplaint = AlertSeedQueryQuery['complaints']['edges'][number]['node'];

/** The key of a deadline's alert, the same for a seeded item and the live or replayed alert of that clock. */
export const deadlineAlertKey = (kind: 'OVERDUE' | 'DUE_SOON', complaintId: string, ruleCode: string) =>
  `${kind}:${complaintId}:${ruleCode}`;

/** The bell's items for the complaints read: each clock past due (OVERDUE) or past its due-soon instant (DUE_SOON). */
export function seedItems(complaints: readonly SeedComplaint[], now = Date.now()): AlertItem[] {
  return complaints.flatMap((complaint) =>
    complaint.deadlines.flatMap((deadline): AlertItem[] => {
      const base = {
        complaint: { id: complaint.id, receiptNumber: complaint.receiptNumber, subject: complaint.subject },
        rule: deadline.rule,
      };
      if (deadline.status === 'OVERDUE' && deadline.dueAt) {
        return [
          {
            ...base,
            key: deadlineAlertKey('OVERDUE', complaint.id, deadline.rule.code),
            kind: 'OVERDUE',
            at: deadline.dueAt,
            dueAt: deadline.dueAt,
          },
        ];
      }
      if (deadline.status === 'PENDING' && deadline.dueSoonAt && Date.parse(deadline.dueSoonAt) <= now) {
        return [
          {
            ...base,
            key: deadlineAlertKey('DUE_SOON', complaint.id, deadline.rule.code),
            kind: 'DUE_SOON',
            at: deadline.dueSoonAt,
            dueAt: deadline.dueAt,
          },
        ];
      }
      return [];
    }),
  );
}
