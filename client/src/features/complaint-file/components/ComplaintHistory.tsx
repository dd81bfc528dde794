import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { ComplaintCorrections } from './ComplaintCorrections';
import { eventDetail } from './eventDetail';
import { Instant } from './Instant';
import './ComplaintHistory.css';

export const ComplaintHistoryFragment = graphql(`
  fragment ComplaintHistory_complaint on Complaint {
    id
    units {
      code
      nameTh
      nameEn
    }
    events {
      id
      kind
      at
      actorName
      data
    }
    ...ComplaintCorrections_complaint
  }
`);

/** Everything that happened to the complaint, oldest first, as a timeline. */
export function ComplaintHistory({ complaint }: { complaint: FragmentType<typeof ComplaintHistoryFragment> }) {
  const { t, name } = useI18n();
  const f = t.file;
  const { data: c, complete } = useFragment({
    fragment: ComplaintHistoryFragment,
    fragmentName: 'ComplaintHistory_complaint',
    from: complaint,
  });
  if (!complete) return null;
  const division = (code: string) => {
    const unit = c.units.find((one) => one.code === code);
    return unit ? name(unit) : code;
  };
  return (
    <>
      <h2>{f.history}</h2>
      <ol className="timeline">
        {c.events.map((e) => (
          <li key={e.id} className="timeline__item" data-kind={e.kind}>
            <span className="timeline__what">
              {f.events[e.kind]}
              {eventDetail(e.data, f, division) && <span className="timeline__detail">{` — ${eventDetail(e.data, f, division)}`}</span>}
            </span>
            <span className="timeline__when">
              <Instant value={e.at} />
              {e.actorName && ` · ${f.by(e.actorName)}`}
            </span>
          </li>
        ))}
      </ol>
      <ComplaintCorrections complaint={c} />
    </>
  );
}
