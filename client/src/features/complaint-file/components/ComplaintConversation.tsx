import { messageMaxLength } from '@rongrian/schema/input-rules';
import { useMutation, useQuery } from '@apollo/client/react';
import { hasVisibleCharacter } from '@rongrian/schema/input-rules';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { describeError, hasErrorCode, serverMessage } from '../../../app/errors';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { useAlertItems } from '../../alerts/alertStore';
import { Instant } from './Instant';
import './ComplaintConversation.css';

// Its own query, not a fragment of the file's: a NEW_MESSAGE alert refetches the messages alone.
export const ComplaintConversationQuery = graphql(`
  query ComplaintConversationQuery($id: ID!) {
    complaint(id: $id) {
      id
      version
      channel {
        code
      }
      messages {
        from
        body
        at
      }
    }
  }
`);

const ReplyToComplainantMutation = graphql(`
  mutation ReplyToComplainant($input: ReplyToComplainantInput!) {
    replyToComplainant(input: $input) {
      complaint {
        id
        version
      }
    }
  }
`);

/**
 * Contract, "The citizen's channel": the messages exchanged with the complainant through the
 * tracking page, oldest first, and the Center's reply (replyToComplainant, CENTER_OFFICER). Messages
 * may carry identity, so the file shows this panel to CENTER_OFFICER only (the server answers
 * others an empty list anyway). A NEW_MESSAGE alert for this complaint, pushed over the WebSocket
 * into the bell, refetches the messages: the citizen's message appears without a reload.
 */
export function ComplaintConversation({ complaintId }: { complaintId: string }) {
  const { t, lang } = useI18n();
  const c = t.conversation;
  const { data, refetch } = useQuery(ComplaintConversationQuery, { variables: { id: complaintId } });
  const [reply, { loading }] = useMutation(ReplyToComplainantMutation);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string>();

  // The newest NEW_MESSAGE of this complaint the bell holds; a new one means a new message.
  const alerts = useAlertItems();
  const newest = alerts.find((alert) => alert.kind === 'NEW_MESSAGE' && alert.complaint.id === complaintId)?.key;
  const seen = useRef(newest);
  useEffect(() => {
    if (newest === seen.current) return;
    seen.current = newest;
    void refetch().catch(() => undefined);
  }, [newest, refetch]);

  const complaint = data?.complaint;
  if (!complaint) return null;
  const website = complaint.channel.code === 'WEBSITE';
  if (!website && complaint.messages.length === 0) return null;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!complaint) return;
    if (!hasVisibleCharacter(body)) {
      setProblem(c.replyRequired);
      return;
    }
    setProblem(undefined);
    try {
      await reply({ variables: { input: { complaintId, expectedVersion: complaint.version, body: body.trim() } } });
      setBody('');
      await refetch();
    } catch (error) {
      // A stale version (CONFLICT): the refetch brings the newest, and the reply can be sent again.
      if (hasErrorCode(error, 'CONFLICT')) void refetch().catch(() => undefined);
      setProblem(serverMessage(error, lang) ?? describeError(error, t.common));
    }
  }

  return (
    <section className="panel file-conversation" aria-labelledby="file-conversation-title" data-testid="file-conversation">
      <h2 id="file-conversation-title">{c.title}</h2>
      <p className="field__hint">{c.hint}</p>
      {complaint.messages.length === 0 ? (
        <p className="muted">{c.none}</p>
      ) : (
        <ol className="file-conversation__list" data-testid="file-messages">
          {complaint.messages.map((message, index) => (
            <li
              key={index}
              className={`file-conversation__message file-conversation__message--${message.from.toLowerCase()}`}
              data-from={message.from}
            >
              <p className="file-conversation__meta">
                <strong>{c.from[message.from]}</strong> · <Instant value={message.at} />
              </p>
              <p className="file-conversation__body">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      {website && (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="file-conversation-reply">{c.reply}</label>
            <textarea
              id="file-conversation-reply"
              rows={3}
              value={body}
              maxLength={messageMaxLength}
              onChange={(event) => setBody(event.target.value)}
              aria-invalid={!!problem}
              aria-describedby={problem ? 'file-conversation-error' : undefined}
            />
          </div>
          {problem && (
            <p className="form__error" id="file-conversation-error" role="alert">
              {problem}
            </p>
          )}
          <div>
            <button type="submit" className="button button--primary" disabled={loading}>
              {loading ? c.sending : c.send}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
