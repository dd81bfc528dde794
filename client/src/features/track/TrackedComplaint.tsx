import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { hasVisibleCharacter, messageMaxLength } from '@rongrian/schema/input-rules';
import { formatInstant } from '../../app/format';
import { useI18n } from '../../app/i18n';
import type { SendTrackingMessageInput, TrackComplaintQuery } from '../../gql/graphql';
import { EvidenceFiles } from '../report/EvidenceFiles';
import type { UploadedFile } from '../report/uploads';
import { trackRefusal } from './trackRefusal';
import { SendTrackingMessageMutation } from './TrackQuery';

/**
 * What the holder of the code may know (issue 12, item 3): receipt number, when it was received
 * (B.E.), the stage in plain words, the notices sent, the messages, the files sent; and a form to
 * write to the Center (with files).
 */
export function TrackedComplaint({
  code,
  complaint,
  onSent,
  onClose,
}: {
  code: string;
  complaint: TrackComplaintQuery['trackComplaint'];
  onSent: () => Promise<void>;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const k = t.track;
  const e = t.evidenceFiles;
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState(false);
  const [send, { loading }] = useMutation(SendTrackingMessageMutation, { fetchPolicy: 'no-cache' });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(false);
    if (!hasVisibleCharacter(body)) {
      setProblem(k.messageRequired);
      return;
    }
    setProblem(undefined);
    const input: SendTrackingMessageInput = {
      code,
      body: body.trim(),
      ...(files.length > 0 ? { attachmentIds: files.map((file) => file.id) } : {}),
    };
    try {
      await send({ variables: { input } });
      setBody('');
      setFiles([]);
      setSent(true);
      await onSent();
    } catch (error) {
      setProblem(trackRefusal(error, lang, t));
    }
  }

  return (
    <div className="tracked" data-testid="tracked-complaint">
      <section className="panel">
        <dl className="tracked__facts">
          <div>
            <dt>{k.receiptNumber}</dt>
            <dd data-testid="tracked-receipt">{complaint.receiptNumber}</dd>
          </div>
          <div>
            <dt>{k.receivedAt}</dt>
            <dd>
              <time dateTime={complaint.receivedAt}>{formatInstant(complaint.receivedAt, lang)}</time>
            </dd>
          </div>
          <div>
            <dt>{k.stage}</dt>
            <dd className="tracked__stage" data-testid="tracked-stage">
              {lang === 'en' ? complaint.stageEn : complaint.stageTh}
            </dd>
          </div>
        </dl>
        <p>
          <button type="button" className="button button--small" onClick={onClose}>
            {k.otherCode}
          </button>
        </p>
      </section>

      <section className="panel" aria-labelledby="tracked-notices">
        <h2 id="tracked-notices">{k.notices}</h2>
        {complaint.notices.length === 0 ? (
          <p className="muted">{k.noNotices}</p>
        ) : (
          <ul>
            {complaint.notices.map((notice, index) => (
              <li key={index}>
                {k.noticeKinds[notice.kind]} · {k.noticeMethods[notice.method]} ·{' '}
                <time dateTime={notice.sentAt}>{formatInstant(notice.sentAt, lang)}</time>
                {notice.letter && (
                  // Issue 12, item 3: a notice sent through this page is read here (in Thai, as it was issued).
                  <details className="tracked__letter">
                    <summary>{k.readLetter}</summary>
                    <article lang="th">
                      <p>
                        <strong>เรื่อง</strong> {notice.letter.subjectTh}
                      </p>
                      {notice.letter.paragraphsTh.map((paragraph, line) => (
                        <p key={line} className="tracked__letter-paragraph">
                          {paragraph}
                        </p>
                      ))}
                      <p>{notice.letter.fromTh}</p>
                    </article>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="tracked-conversation">
        <h2 id="tracked-conversation">{k.conversation}</h2>
        {complaint.messages.length === 0 ? (
          <p className="muted">{k.noMessages}</p>
        ) : (
          <ol className="conversation" data-testid="tracked-messages">
            {complaint.messages.map((message, index) => (
              <li
                key={index}
                className={`conversation__message conversation__message--${message.from.toLowerCase()}`}
                data-from={message.from}
              >
                <p className="conversation__meta">
                  <strong>{k.from[message.from]}</strong> · <time dateTime={message.at}>{formatInstant(message.at, lang)}</time>
                </p>
                <p className="conversation__body">{message.body}</p>
              </li>
            ))}
          </ol>
        )}
        <form className="form tracked__reply" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="tracked-message">{k.message}</label>
            <p className="field__hint" id="tracked-message-hint">
              {k.messageHint}
            </p>
            <textarea
              id="tracked-message"
              rows={4}
              value={body}
              maxLength={messageMaxLength}
              onChange={(event) => setBody(event.target.value)}
              aria-describedby={problem ? 'tracked-message-hint tracked-message-error' : 'tracked-message-hint'}
              aria-invalid={!!problem}
            />
          </div>
          <EvidenceFiles files={files} onChange={setFiles} />
          {problem && (
            <p className="form__error" id="tracked-message-error" role="alert">
              {problem}
            </p>
          )}
          {sent && (
            <p className="muted" role="status">
              {k.sent}
            </p>
          )}
          <div>
            <button type="submit" className="button button--primary" disabled={loading}>
              {loading ? k.sending : k.send}
            </button>
          </div>
        </form>
      </section>

      <section className="panel" aria-labelledby="tracked-files">
        <h2 id="tracked-files">{k.files}</h2>
        {complaint.attachments.length === 0 ? (
          <p className="muted">{k.noFiles}</p>
        ) : (
          <ul className="tracked__files" data-testid="tracked-files">
            {complaint.attachments.map((file, index) => (
              <li key={index}>
                <span className="tracked__file-name">{file.fileName}</span>
                <span className="tracked__hash">
                  <span className="muted">{e.sha256}: </span>
                  <code>{file.sha256}</code>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
