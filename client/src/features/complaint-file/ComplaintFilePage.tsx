import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { nearestOpenDeadline } from '../../app/deadline';
import { describeError, hasErrorCode } from '../../app/errors';
import { formatInstant } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { useNow } from '../../app/now';
import { Link } from '../../app/router';
import { canSendNotice, movesFrom } from '../../app/workflow';
import { CountdownBadge } from '../../components/CountdownBadge';
import { Banner } from '../../components/Banner';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { MoveDialog } from '../moves/MoveDialog';
import type { DialogKind } from '../moves/moveForm';

export const ComplaintFilePageQuery = graphql(`
  query ComplaintFilePageQuery($id: ID!) {
    complaint(id: $id) {
      id
      version
      stage
      receiptNumber
      subject
      details
      requestedAction
      incidentAt
      incidentPlace
      receivedAt
      recordedAt
      anonymous
      registerNumber
      centerRegisterNumber
      decision
      notAcceptedReason
      orderNote
      outcome
      findings
      channel {
        code
        nameTh
        nameEn
      }
      units {
        code
        nameTh
        nameEn
      }
      complainant {
        fullName
        age
        phone
        email
        address {
          houseNumber
          moo
          tambon
          amphoe
          changwat
          postcode
        }
      }
      accused {
        fullName
        position
        unit
        official {
          id
          fullName
          position
          division {
            code
            nameTh
            nameEn
          }
        }
      }
      evidence {
        description
        copies
      }
      deadlines {
        rule {
          code
          nameTh
          nameEn
        }
        startedAt
        dueAt
        dueSoonAt
        metAt
        status
      }
      events {
        id
        kind
        at
        recordedAt
        actorName
      }
      committee {
        orderNumber
        appointedAt
        members {
          fullName
          role
        }
      }
      notices {
        id
        outgoingNumber
        kind
        method
        sentAt
      }
    }
  }
`);

/** The complaint's file (แฟ้มเรื่อง): everything recorded on it, its deadlines, history and next steps. */
export function ComplaintFilePage({ id, roles }: { id: string; roles: readonly Role[] }) {
  const { t, lang } = useI18n();
  const now = useNow();
  const { data, error } = useQuery(ComplaintFilePageQuery, { variables: { id } });
  const [dialog, setDialog] = useState<DialogKind>();
  const f = t.file;

  if (hasErrorCode(error, 'NOT_FOUND') || (data && !data.complaint)) {
    return <Banner title={f.notFound} action={<Link to="/board">{f.back}</Link>} />;
  }
  if (error && !data) {
    return (
      <Banner tone="error" title={f.loadFailed}>
        {describeError(error, t.common)}
      </Banner>
    );
  }
  if (!data?.complaint) return <Banner title={t.common.loading} />;

  const c = data.complaint;
  const name = (o: { nameTh: string; nameEn: string }) => (lang === 'en' ? o.nameEn : o.nameTh);
  const when = (iso: string | null | undefined) => (iso ? <time dateTime={iso}>{formatInstant(iso, lang)}</time> : f.none);
  const nextMoves = movesFrom(c.stage, roles);
  const nearest = nearestOpenDeadline(c.deadlines);
  const row = (label: string, value: ReactNode) =>
    value === null || value === undefined || value === '' ? null : (
      <div>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    );
  const address = c.complainant?.address;
  const documentsBase = `/documents/complaints/${encodeURIComponent(c.id)}`;

  return (
    <article className="complaint-file" aria-labelledby="complaint-file-title">
      <p>
        <Link to="/board">← {f.back}</Link>
      </p>
      <header className="complaint-file__header">
        <p className="complaint-card__receipt">
          {t.card.receiptNumber} {c.receiptNumber}
        </p>
        <h1 id="complaint-file-title">{c.subject}</h1>
        <p>
          <span className="stage-badge" data-stage={c.stage}>
            {t.stages[c.stage]}
          </span>{' '}
          {nearest?.dueAt && <CountdownBadge deadline={{ ...nearest, dueAt: nearest.dueAt }} label={name(nearest.rule)} now={now} />}
        </p>
      </header>

      {(nextMoves.length > 0 || canSendNotice(roles)) && (
        <section className="complaint-file__actions" aria-label={f.actions}>
          {nextMoves.map((move) => (
            <button key={move.kind} type="button" className="button button--primary" onClick={() => setDialog(move.kind)}>
              {t.move.titles[move.kind]}
            </button>
          ))}
          {canSendNotice(roles) && !c.anonymous && (
            <button type="button" className="button" onClick={() => setDialog('notice')}>
              {f.sendNotice}
            </button>
          )}
        </section>
      )}

      <div className="complaint-file__grid">
        <section className="panel">
          <dl className="facts">
            {row(f.channel, name(c.channel))}
            {row(f.receivedAt, when(c.receivedAt))}
            {row(f.recordedAt, when(c.recordedAt))}
            {row(f.registerNumber, c.registerNumber)}
            {row(f.centerRegisterNumber, c.centerRegisterNumber)}
            {row(f.decision, c.decision && t.move.decisions[c.decision])}
            {row(f.units, c.units.length ? c.units.map(name).join(', ') : null)}
            {row(f.notAcceptedReason, c.notAcceptedReason && t.move.reasons[c.notAcceptedReason])}
            {row(f.orderNote, c.orderNote)}
            {row(f.outcome, c.outcome && t.outcomes[c.outcome])}
            {row(f.findings, c.findings)}
          </dl>
          <h2>{f.details}</h2>
          <p className="prose">{c.details}</p>
          {c.requestedAction && (
            <>
              <h2>{f.requestedAction}</h2>
              <p className="prose">{c.requestedAction}</p>
            </>
          )}
          {(c.incidentAt || c.incidentPlace) && (
            <>
              <h2>{f.incident}</h2>
              <p>
                {c.incidentAt && when(c.incidentAt)} {c.incidentPlace}
              </p>
            </>
          )}
        </section>

        <section className="panel">
          <h2>{f.complainant}</h2>
          {c.anonymous ? (
            <p>{f.anonymous}</p>
          ) : c.complainant ? (
            <dl className="facts">
              {row(t.intake.fullName.replace(' *', ''), c.complainant.fullName)}
              {row(t.intake.age, c.complainant.age)}
              {row(
                f.address,
                address &&
                  [address.houseNumber, address.moo && `${t.intake.moo} ${address.moo}`, address.tambon, address.amphoe, address.changwat, address.postcode]
                    .filter(Boolean)
                    .join(' '),
              )}
              {row(t.intake.phone, c.complainant.phone)}
              {row(t.intake.email, c.complainant.email)}
            </dl>
          ) : (
            <p className="muted">{f.hidden}</p>
          )}
          <h2>{f.accused}</h2>
          {c.accused.length === 0 ? (
            <p>{f.none}</p>
          ) : (
            <ul>
              {c.accused.map((a, i) => (
                <li key={i}>
                  {a.official
                    ? `${a.official.fullName}, ${a.official.position}, ${name(a.official.division)}`
                    : [a.fullName, a.position, a.unit].filter(Boolean).join(', ')}
                </li>
              ))}
            </ul>
          )}
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
        </section>

        <section className="panel">
          <h2>{f.deadlines}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{f.rule}</th>
                <th scope="col">{f.due}</th>
                <th scope="col">{f.status}</th>
                <th scope="col">{f.metAt}</th>
              </tr>
            </thead>
            <tbody>
              {c.deadlines.map((d) => (
                <tr key={d.rule.code} data-rule={d.rule.code}>
                  <td>{name(d.rule)}</td>
                  <td>{when(d.dueAt)}</td>
                  <td>
                    <span className={`status status--${d.status}`}>{f.deadlineStatus[d.status]}</span>
                  </td>
                  <td>{when(d.metAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>

          {c.committee && (
            <>
              <h2>{f.committee}</h2>
              <p>
                {f.committeeOrder(c.committee.orderNumber)} · {when(c.committee.appointedAt)}
              </p>
              <ul>
                {c.committee.members.map((m, i) => (
                  <li key={i}>
                    {m.fullName} ({t.move.committeeRoles[m.role]})
                  </li>
                ))}
              </ul>
            </>
          )}

          <h2>{f.notices}</h2>
          {c.notices.length === 0 ? (
            <p>{f.none}</p>
          ) : (
            <ul>
              {c.notices.map((n) => (
                <li key={n.id}>
                  {t.noticeKinds[n.kind]} · {t.noticeMethods[n.method]} · {when(n.sentAt)}
                </li>
              ))}
            </ul>
          )}

          <h2>{t.documents.title}</h2>
          {/* Plain links: the server renders the PDFs (same origin, the session cookie goes along). */}
          <ul className="downloads" data-testid="documents">
            <li>
              <a href={`${documentsBase}/receipt.pdf`} target="_blank" rel="noopener">
                {t.documents.receipt}
              </a>
            </li>
            <li>
              <a href={`${documentsBase}/form.pdf`} target="_blank" rel="noopener">
                {t.documents.form}
              </a>
            </li>
            {/* A letter names the complainant: the server prints it for the Center's officers only. */}
            {roles.includes('CENTER_OFFICER') &&
              c.notices.map((n) => (
                <li key={n.id}>
                  <a href={`/documents/notices/${encodeURIComponent(n.id)}.pdf`} target="_blank" rel="noopener">
                    {t.documents.letter(t.noticeKinds[n.kind], n.outgoingNumber ?? null)}
                  </a>
                </li>
              ))}
          </ul>
        </section>

        <section className="panel">
          <h2>{f.history}</h2>
          <ol className="timeline">
            {c.events.map((e) => (
              <li key={e.id} className="timeline__item" data-kind={e.kind}>
                <span className="timeline__what">{f.events[e.kind]}</span>
                <span className="timeline__when">
                  {when(e.at)}
                  {e.actorName && ` · ${f.by(e.actorName)}`}
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>

      {dialog && (
        <MoveDialog
          kind={dialog}
          complaint={{ id: c.id, version: c.version, receiptNumber: c.receiptNumber }}
          onClose={() => setDialog(undefined)}
        />
      )}
    </article>
  );
}
