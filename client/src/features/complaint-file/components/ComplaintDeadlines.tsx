import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { Instant } from './Instant';
import './ComplaintDeadlines.css';

export const ComplaintDeadlinesFragment = graphql(`
  fragment ComplaintDeadlines_complaint on Complaint {
    deadlines {
      rule {
        code
        nameTh
        nameEn
      }
      dueAt
      metAt
      status
    }
  }
`);

/** The manual's deadlines that apply, in its order: when each falls due and whether it was met. */
export function ComplaintDeadlines({ complaint }: { complaint: FragmentType<typeof ComplaintDeadlinesFragment> }) {
  const { t, name } = useI18n();
  const f = t.file;
  const { data: c, complete } = useFragment({ fragment: ComplaintDeadlinesFragment, from: complaint });
  if (!complete) return null;
  return (
    <>
      <h2>{f.deadlines}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{f.rule}</th>
            <th scope="col">{f.due}</th>
            <th scope="col">{f.status}</th>
            <th scope="col">{f.metAt}</th>
          </tr>
        </thead>
        <tbody>
          {c.deadlines.map((d) => (
            <tr key={d.rule.code} data-rule={d.rule.code}>
              <td>{name(d.rule)}</td>
              <td>
                <Instant value={d.dueAt} />
              </td>
              <td>
                <span className={`status status--${d.status}`}>{f.deadlineStatus[d.status]}</span>
              </td>
              <td>
                <Instant value={d.metAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
