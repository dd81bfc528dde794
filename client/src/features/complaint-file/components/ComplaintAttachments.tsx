import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ChangeEvent } from 'react';
import { describeError, hasErrorCode } from '../../../app/errors';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { acceptedFiles, formatBytes, maxFileBytes, maxFileMiB, uploadFile, UploadRefused } from '../../report/uploads';

// What the panel shows, as its query and the attach mutation's answer both read it.
export const ComplaintAttachmentsFilesFragment = graphql(`
  fragment ComplaintAttachments_files on Complaint {
    id
    version
    attachments {
      id
      fileName
      mediaType
      bytes
      sha256
      source
    }
  }
`);

// Its own query: the file page's panels do not wait for it.
const ComplaintAttachmentsQuery = graphql(`
  query ComplaintAttachmentsPanel($id: ID!) {
    complaint(id: $id) {
      ...ComplaintAttachments_files @unmask
    }
  }
`);

// Contract: attachFiles (CENTER_OFFICER), version + 1; the answer updates the cached complaint.
const AttachScansMutation = graphql(`
  mutation AttachScans($input: AttachFilesInput!) {
    attachFiles(input: $input) {
      complaint {
        ...ComplaintAttachments_files
      }
    }
  }
`);

/**
 * The evidence files of the complaint (sent through the form, or scanned by staff), each linked to
 * GET /files/<id>, which the server serves as a download to staff who may see the complaint.
 * A CENTER_OFFICER attaches the scans of a posted letter or of the complaint box's papers here
 * (issue 12, item 4): uploaded with the session, then attached at the version the file shows.
 */
export function ComplaintAttachments({ complaintId, canAttach }: { complaintId: string; canAttach: boolean }) {
  const { t, lang } = useI18n();
  const c = t.conversation;
  const e = t.evidenceFiles;
  const { data, error, refetch } = useQuery(ComplaintAttachmentsQuery, { variables: { id: complaintId } });
  const [attach] = useMutation(AttachScansMutation);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'ok' | 'error'; text: string }>();
  if (error || !data?.complaint) return null;
  const { attachments, version } = data.complaint;

  async function attachScans(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    const tooLarge = files.find((file) => file.size > maxFileBytes);
    if (tooLarge) {
      setOutcome({ tone: 'error', text: e.tooLarge(tooLarge.name, maxFileMiB) });
      return;
    }
    setBusy(true);
    setOutcome(undefined);
    try {
      // Each file on its own: one refused does not lose the others, and says which it was.
      const sent = await Promise.allSettled(files.map((file) => uploadFile(file, lang, 'staff')));
      const refused = sent.flatMap((result, i) =>
        result.status === 'rejected'
          ? [`${e.failed(files[i]!.name)}${result.reason instanceof UploadRefused ? `: ${result.reason.message}` : ''}`]
          : [],
      );
      const uploaded = sent.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      if (uploaded.length > 0) {
        await attach({ variables: { input: { complaintId, expectedVersion: version, attachmentIds: uploaded.map((file) => file.id) } } });
      }
      setOutcome(
        refused.length > 0
          ? { tone: 'error', text: [...(uploaded.length ? [c.attached(uploaded.length)] : []), ...refused].join(' · ') }
          : { tone: 'ok', text: c.attached(uploaded.length) },
      );
    } catch (failure) {
      // CONFLICT: someone changed the complaint meanwhile; the panel reads its version again.
      if (hasErrorCode(failure, 'CONFLICT')) await refetch().catch(() => undefined);
      setOutcome({ tone: 'error', text: describeError(failure, t.common) });
    } finally {
      setBusy(false);
    }
  }

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
                ({file.mediaType}, {formatBytes(file.bytes, lang)}, {c.sources[file.source]})
              </span>
              <br />
              <span className="muted">{e.sha256}: </span>
              <code className="file-attachments__hash">{file.sha256}</code>
            </li>
          ))}
        </ul>
      )}
      {canAttach && (
        <p>
          <label className="file-attachments__scan">
            {busy ? c.attaching : c.attachScans}
            <input type="file" multiple accept={acceptedFiles} onChange={attachScans} disabled={busy} data-testid="attach-scans" />
          </label>
          <br />
          <span className="muted">{c.attachHint}</span>
        </p>
      )}
      {outcome && (
        <p role={outcome.tone === 'error' ? 'alert' : 'status'} className={outcome.tone === 'error' ? 'file-attachments__error' : 'muted'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
