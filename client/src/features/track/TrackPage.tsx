import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState, type SubmitEvent } from 'react';
import { useI18n } from '../../app/i18n';
import type { TrackComplaintQuery as Tracked } from '../../gql/graphql';
import { PublicFrame } from '../report/PublicFrame';
import { TrackedComplaint } from './TrackedComplaint';
import { takeCodeFromFragment } from './trackingCode';
import { trackRefusal } from './trackRefusal';
import { TrackComplaintQuery } from './TrackQuery';
import './TrackPage.css';

/**
 * /track (issue 12, item 3): the code from the form field, or from the URL fragment (then removed
 * from the history at once). The code travels only in the body of a GraphQL POST (the HTTP link
 * sends every query as POST), never in a URL; the answer is not cached (`no-cache`).
 */
export function TrackPage() {
  const { t, lang } = useI18n();
  const k = t.track;
  const client = useApolloClient();
  const [code, setCode] = useState('');
  const [opened, setOpened] = useState<{ code: string; complaint: Tracked['trackComplaint'] }>();
  const [refusal, setRefusal] = useState<string>();
  const [loading, setLoading] = useState(false);

  const open = useCallback(
    async (wanted: string) => {
      setLoading(true);
      setRefusal(undefined);
      try {
        const { data } = await client.query({ query: TrackComplaintQuery, variables: { code: wanted }, fetchPolicy: 'no-cache' });
        if (data) setOpened({ code: wanted, complaint: data.trackComplaint });
      } catch (error) {
        setOpened(undefined);
        setRefusal(trackRefusal(error, lang, t));
      } finally {
        setLoading(false);
      }
    },
    [client, lang, t],
  );

  // The fragment's code (the receipt's QR code), on opening and whenever the fragment changes.
  useEffect(() => {
    function fromFragment() {
      const found = takeCodeFromFragment(window.location, window.history);
      if (!found) return;
      setCode(found);
      void open(found);
    }
    fromFragment();
    window.addEventListener('hashchange', fromFragment);
    return () => window.removeEventListener('hashchange', fromFragment);
    // Once per page: `open` changes with the language, the fragment does not come back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const wanted = code.trim();
    if (!wanted) {
      setRefusal(k.required);
      return;
    }
    void open(wanted);
  }

  return (
    <PublicFrame>
      <div className="track">
        <h1>{k.title}</h1>
        {/* The field keeps the code (typed, or from the fragment) while the complaint is shown below. */}
        <form className="form panel track__form" onSubmit={submit} noValidate>
          <p className="muted">{k.intro}</p>
          <div className="field">
            <label htmlFor="track-code">{k.code}</label>
            <input
              id="track-code"
              name="code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={100}
              className="track__code"
              aria-invalid={!!refusal}
              aria-describedby={refusal ? 'track-error' : undefined}
            />
          </div>
          {refusal && (
            <p className="form__error" id="track-error" role="alert" data-testid="track-refusal">
              {refusal}
            </p>
          )}
          <div>
            <button type="submit" className="button button--primary" disabled={loading}>
              {loading ? k.opening : k.open}
            </button>
          </div>
        </form>
        {opened && (
          <TrackedComplaint
            code={opened.code}
            complaint={opened.complaint}
            onSent={() => open(opened.code)}
            onClose={() => {
              setOpened(undefined);
              setCode('');
            }}
          />
        )}
      </div>
    </PublicFrame>
  );
}
