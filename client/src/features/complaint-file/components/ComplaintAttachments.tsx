import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { formatBytes } from '../../report/uploads';

// Its own query: the file page's panels do not wait for it.
const ComplaintAttachmentsQuery = graphql(`
  query ComplaintAttachmentsPanel($id: ID!) {
    complaint(id: $id) {
      id
      attachments {
        id
        fileName
        mediaType
        bytes
        sha256
      }
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
