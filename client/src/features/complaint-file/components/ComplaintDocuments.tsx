import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { formatInstant } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { Role } from '../../../gql/graphql';

export const ComplaintDocumentsFragment = graphql(`
  fragment ComplaintDocuments_complaint on Complaint {
    id
    stage
    committee {
      orderNumber
    }
    notices {
      id
      kind
      outgoingNumber
    }
    issuedDocuments {
      id
      kind
      edition
      number
      issuedAt
      issuedBy
      htmlSha256
      pdfSha256
      pdfPath
    }
  }
`);

type ComplaintDocumentsProps = {
  complaint: FragmentType<typeof ComplaintDocumentsFragment>;
  roles: readonly Role[];
};

/** The paperwork the server prints: the receipt slip, the form, and each letter to the complainant. */
export function ComplaintDocuments({ complaint, roles }: ComplaintDocumentsProps) {
  const { t, lang } = useI18n();
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
        {c.committee && (
          <li>
            <a href={`${documentsBase}/committee-order.pdf`} target="_blank" rel="noopener">
              {d.committeeOrder}
            </a>
          </li>
        )}
        {(c.stage === 'RESOLVED' || c.stage === 'CLOSED' || c.stage === 'NOT_ACCEPTED') && (
          <li>
            <a href={`${documentsBase}/summary.pdf`} target="_blank" rel="noopener">
              {d.summary}
            </a>
          </li>
        )}
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
      {c.issuedDocuments.length > 0 && (
        <>
          {/* Issue 14, item 1: what was issued, when, by whom, with its hash; each edition as it was issued. */}
          <h3>{d.issuedTitle}</h3>
          <p className="hint">{d.issuedHint}</p>
          <ul className="downloads" data-testid="issued-documents">
            {c.issuedDocuments.map((issued) => (
              <li key={issued.id}>
                <a href={issued.pdfPath} target="_blank" rel="noopener">
                  {d.issuedKinds[issued.kind] ?? issued.kind}
                  {issued.number ? ` ${issued.number}` : ''} · {d.edition(issued.edition)}
                </a>
                <br />
                <small>
                  {d.issuedBy(issued.issuedBy ?? null, formatInstant(issued.issuedAt, lang))} · {d.hash}{' '}
                  <code title={issued.pdfSha256 ?? issued.htmlSha256}>{(issued.pdfSha256 ?? issued.htmlSha256).slice(0, 12)}…</code>
                  {issued.pdfSha256 ? '' : ` (${d.notPrinted})`}
                </small>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
