import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';

export const ComplaintEvidenceFragment = graphql(`
  fragment ComplaintEvidence_complaint on Complaint {
    evidence {
      description
      copies
    }
  }
`);

/** The evidence handed in with the complaint (R5). */
export function ComplaintEvidence({ complaint }: { complaint: FragmentType<typeof ComplaintEvidenceFragment> }) {
  const { t } = useI18n();
  const f = t.file;
  const { data: c, complete } = useFragment({ fragment: ComplaintEvidenceFragment, from: complaint });
  if (!complete) return null;
  return (
    <>
      <h2>{f.evidence}</h2>
      {c.evidence.length === 0 ? (
        <p>{f.none}</p>
      ) : (
        <ul>
          {c.evidence.map((e, i) => (
            <li key={i}>
              {e.description} ({f.copies(e.copies)})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
