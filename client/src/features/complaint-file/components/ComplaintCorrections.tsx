import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { formatInstant } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { Instant } from './Instant';

export const ComplaintCorrectionsFragment = graphql(`
  fragment ComplaintCorrections_complaint on Complaint {
    id
    corrections {
      at
      reason
      fields
      voided
      actorName
      changes {
        field
        before
        after
        hidden
      }
    }
  }
`);

/** Fields whose values are instants: shown in office time, B.E. in Thai. */
const instantFields = new Set(['receivedAt', 'incidentAt']);

/**
 * Contract, "Corrections and the register": each correction with the before and after of every
 * field it changed; a complainant's field the user may not see says only that it changed.
 */
export function ComplaintCorrections({ complaint }: { complaint: FragmentType<typeof ComplaintCorrectionsFragment> }) {
  const { t, lang } = useI18n();
  const k = t.correct;
  const { data: c, complete } = useFragment({ fragment: ComplaintCorrectionsFragment, from: complaint });
  if (!complete || c.corrections.length === 0) return null;
  const label = (field: string) => {
    const [head, ...rest] = field.split('.');
    return rest.length ? `${k.fields[head!] ?? head} · ${rest.join('.')}` : (k.fields[field] ?? field);
  };
  const value = (field: string, text: string | null | undefined) =>
    text == null || text === '' ? k.empty : instantFields.has(field) ? formatInstant(text, lang) : text;
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h3 id="corrections-title">{k.history}</h3>
      <ol className="corrections__list">
        {c.corrections.map((correction, index) => (
          <li key={`${correction.at}-${index}`} className="corrections__item" data-testid="correction">
            <p className="corrections__head">
              <strong>{correction.voided ? k.voided : t.file.events.CORRECTED}</strong> · <Instant value={correction.at} />
              {correction.actorName && ` · ${t.file.by(correction.actorName)}`}
            </p>
            <p className="corrections__reason">
              {k.reason}: {correction.reason}
            </p>
            <table className="corrections__changes">
              <tbody>
                {correction.changes.map((change) => (
                  <tr key={change.field} data-field={change.field}>
                    <th scope="row">{label(change.field)}</th>
                    {change.hidden ? (
                      <td colSpan={2}>{k.hidden}</td>
                    ) : (
                      <>
                        <td className="corrections__before">
                          <del>{value(change.field, change.before)}</del>
                        </td>
                        <td className="corrections__after">
                          <ins>{value(change.field, change.after)}</ins>
                        </td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
        ))}
      </ol>
    </section>
  );
}
