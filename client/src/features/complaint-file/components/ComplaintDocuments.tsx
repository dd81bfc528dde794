import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';

export const ComplaintDocumentsFragment = graphql(`
  fragment ComplaintDocuments_complaint on Complaint {
    id
    notices {
      id
      kind
      outgoingNumber
    }
  }
`);

type ComplaintDocumentsProps = {
  complaint: FragmentType<typeof ComplaintDocumentsFragment>;
  roles: readonly Role[];
};

/** The paperwork the server prints: the receipt slip, the form, and each letter to the complainant. */
export function ComplaintDocuments({ complaint, roles }: ComplaintDocumentsProps) {
  const { t } = useI18n();
  const d = t.documents;
  const { data: c, complete } = useFragment({ fragment: ComplaintDocumentsFragment, from: complaint });
  if (!complete) return null;
  const documentsBase = `/documents/complaints/${encodeURIComponent(c.id)}`;
  return (
    <>
      <h2>{d.title}</h2>
      {/* Plain links: the server renders the PDFs (same origin, the session cookie goes along). */}
      <ul className="downloads" data-testid="documents">
        <li>
          <a href={`${documentsBase}/receipt.pdf`} target="_blank" rel="noopener">
            {d.receipt}
          </a>
        </li>
        <li>
          <a href={`${documentsBase}/form.pdf`} target="_blank" rel="noopener">
            {d.form}
          </a>
        </li>
        {/* A letter names the complainant: the server prints it for the Center's officers only. */}
        {roles.includes('CENTER_OFFICER') &&
          c.notices.map((n) => (
            <li key={n.id}>
              <a href={`/documents/notices/${encodeURIComponent(n.id)}.pdf`} target="_blank" rel="noopener">
                {d.letter(t.noticeKinds[n.kind], n.outgoingNumber ?? null)}
              </a>
            </li>
          ))}
      </ul>
    </>
  );
}
