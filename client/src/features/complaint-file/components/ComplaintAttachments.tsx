import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { parse } from 'graphql';
import { useI18n } from '../../../app/i18n';
import { formatBytes } from '../../report/uploads';

type Attachment = { id: string; fileName: string; mediaType: string; bytes: number; sha256: string };
type ComplaintAttachmentsData = { complaint: { id: string; attachments: Attachment[] } | null };

/**
 * Contract, "The citizen's channel": `Complaint.attachments` comes with the uploads, on another
 * branch. Until it is in schema/schema.graphql this document cannot be typed by codegen, so it is
 * parsed here (codegen does not read it), and ComplaintFilePage does not render the panel yet (the
 * server would answer the query 400). Once the uploads are merged: turn it into `graphql(\`…\`)`,
 * run codegen, drop these types, and render it in ComplaintFilePage.
 */
const ComplaintAttachmentsQuery: TypedDocumentNode<ComplaintAttachmentsData, { id: string }> = parse(`
  query ComplaintAttachmentsPanel($id: ID!) {
    complaint(id: $id) {
      id
      attachments { id fileName mediaType bytes sha256 }
    }
  }
`);

/**
 * The evidence files of the complaint (sent through the form, or scanned by staff), each linked to
 * GET /files/<id>, which the server serves as a download to staff who may see the complaint.
 */
export function ComplaintAttachments({ complaintId }: { complaintId: string }) {
  const { t, lang } = useI18n();
  const c = t.conversation;
  const e = t.evidenceFiles;
  const { data, error } = useQuery(ComplaintAttachmentsQuery, { variables: { id: complaintId } });
  if (error || !data?.complaint) return null;
  const { attachments } = data.complaint;
  return (
    <section className="panel" aria-labelledby="file-attachments-title" data-testid="file-attachments">
      <h2 id="file-attachments-title">{c.attachments}</h2>
      {attachments.length === 0 ? (
        <p className="muted">{c.noAttachments}</p>
      ) : (
        <ul className="downloads">
          {attachments.map((file) => (
            <li key={file.id}>
              <a href={`/files/${encodeURIComponent(file.id)}`} download={file.fileName}>
                {file.fileName}
              </a>{' '}
              <span className="muted">
                ({file.mediaType}, {formatBytes(file.bytes, lang)})
              </span>
              <br />
              <span className="muted">{e.sha256}: </span>
              <code className="file-attachments__hash">{file.sha256}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
