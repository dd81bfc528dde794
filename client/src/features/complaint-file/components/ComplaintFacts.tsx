import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { Fact } from './Fact';
import { Instant } from './Instant';

export const ComplaintFactsFragment = graphql(`
  fragment ComplaintFacts_complaint on Complaint {
    channel {
      code
      nameTh
      nameEn
    }
    receivedAt
    recordedAt
    registerNumber
    centerRegisterNumber
    decision
    units {
      code
      nameTh
      nameEn
    }
    notAcceptedReason
    orderNote
    outcome
    findings
    details
    requestedAction
    incidentAt
    incidentPlace
  }
`);

/** What was complained of, and what has been decided on it: registers, order, outcome. */
export function ComplaintFacts({ complaint }: { complaint: FragmentType<typeof ComplaintFactsFragment> }) {
  const { t, name } = useI18n();
  const f = t.file;
  const { data: c, complete } = useFragment({ fragment: ComplaintFactsFragment, from: complaint });
  if (!complete) return null;
  return (
    <>
      <dl className="facts">
        <Fact label={f.channel}>{name(c.channel)}</Fact>
        <Fact label={f.receivedAt}>
          <Instant value={c.receivedAt} />
        </Fact>
        <Fact label={f.recordedAt}>
          <Instant value={c.recordedAt} />
        </Fact>
        <Fact label={f.registerNumber}>{c.registerNumber}</Fact>
        <Fact label={f.centerRegisterNumber}>{c.centerRegisterNumber}</Fact>
        <Fact label={f.decision}>{c.decision && t.move.decisions[c.decision]}</Fact>
        <Fact label={f.units}>{c.units.length ? c.units.map(name).join(', ') : null}</Fact>
        <Fact label={f.notAcceptedReason}>{c.notAcceptedReason && t.move.reasons[c.notAcceptedReason]}</Fact>
        <Fact label={f.orderNote}>{c.orderNote}</Fact>
        <Fact label={f.outcome}>{c.outcome && t.outcomes[c.outcome]}</Fact>
        <Fact label={f.findings}>{c.findings}</Fact>
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
            {c.incidentAt && <Instant value={c.incidentAt} />} {c.incidentPlace}
          </p>
        </>
      )}
    </>
  );
}
