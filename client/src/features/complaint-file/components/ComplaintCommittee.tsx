import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { Instant } from './Instant';

export const ComplaintCommitteeFragment = graphql(`
  fragment ComplaintCommittee_complaint on Complaint {
    committee {
      orderNumber
      appointedAt
      members {
        fullName
        role
      }
    }
  }
`);

/** The fact-finding committee, once appointed (R3, R4.4): its order and its members. */
export function ComplaintCommittee({ complaint }: { complaint: FragmentType<typeof ComplaintCommitteeFragment> }) {
  const { t } = useI18n();
  const f = t.file;
  const { data: c, complete } = useFragment({ fragment: ComplaintCommitteeFragment, from: complaint });
  if (!complete || !c.committee) return null;
  const { committee } = c;
  return (
    <>
      <h2>{f.committee}</h2>
      <p>
        {f.committeeOrder(committee.orderNumber)} · <Instant value={committee.appointedAt} />
      </p>
      <ul>
        {committee.members.map((m, i) => (
          <li key={i}>
            {m.fullName} ({t.move.committeeRoles[m.role]})
          </li>
        ))}
      </ul>
    </>
  );
}
