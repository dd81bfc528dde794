import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { Instant } from './Instant';
import './ComplaintHistory.css';

export const ComplaintHistoryFragment = graphql(`
  fragment ComplaintHistory_complaint on Complaint {
    events {
      id
      kind
      at
      actorName
    }
  }
`);

/** Everything that happened to the complaint, oldest first, as a timeline. */
export function ComplaintHistory({ complaint }: { complaint: FragmentType<typeof ComplaintHistoryFragment> }) {
  const { t } = useI18n();
  const f = t.file;
  const { data: c, complete } = useFragment({ fragment: ComplaintHistoryFragment, from: complaint });
  if (!complete) return null;
  return (
    <>
      <h2>{f.history}</h2>
      <ol className="timeline">
        {c.events.map((e) => (
          <li key={e.id} className="timeline__item" data-kind={e.kind}>
            <span className="timeline__what">{f.events[e.kind]}</span>
            <span className="timeline__when">
              <Instant value={e.at} />
              {e.actorName && ` · ${f.by(e.actorName)}`}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
