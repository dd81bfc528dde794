import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { Instant } from './Instant';

export const ComplaintNoticesFragment = graphql(`
  fragment ComplaintNotices_complaint on Complaint {
    notices {
      id
      kind
      method
      sentAt
    }
  }
`);

/** What the complainant has been told, how and when (R3, R4, R8). */
export function ComplaintNotices({ complaint }: { complaint: FragmentType<typeof ComplaintNoticesFragment> }) {
  const { t } = useI18n();
  const f = t.file;
  const { data: c, complete } = useFragment({ fragment: ComplaintNoticesFragment, from: complaint });
  if (!complete) return null;
  return (
    <>
      <h2>{f.notices}</h2>
      {c.notices.length === 0 ? (
        <p>{f.none}</p>
      ) : (
        <ul>
          {c.notices.map((n) => (
            <li key={n.id}>
              {t.noticeKinds[n.kind]} · {t.noticeMethods[n.method]} · <Instant value={n.sentAt} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
