import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { Fact } from './Fact';
import { Instant } from './Instant';

export const ComplaintReferralFactsFragment = graphql(`
  fragment ComplaintReferralFacts_complaint on Complaint {
    originAgency
    originReference
    origin {
      organisation {
        code
        nameTh
        nameEn
      }
      receiptNumber
    }
    referral {
      toOrganisationCode
      organisation {
        code
        nameTh
        nameEn
      }
      letterNumber
      shareIdentity
      referredAt
      receivedAs
      receivedAt
    }
  }
`);

/** Issue 13, item 4: where the complaint came from (an agency outside, or a body here) and where it was sent on. */
export function ComplaintReferralFacts({ complaint }: { complaint: FragmentType<typeof ComplaintReferralFactsFragment> }) {
  const { t, name } = useI18n();
  const k = t.referral;
  const { data: c, complete } = useFragment({ fragment: ComplaintReferralFactsFragment, from: complaint });
  if (!complete || (!c.originAgency && !c.originReference && !c.origin && !c.referral)) return null;
  const r = c.referral;
  return (
    <>
      <h2>{k.factsTitle}</h2>
      <dl className="facts" data-testid="referral-facts">
        <Fact label={k.originAgency}>{c.originAgency && k.agencies[c.originAgency]}</Fact>
        <Fact label={k.originReference}>{c.originReference}</Fact>
        {c.origin && (
          <>
            <Fact label={k.origin}>{c.origin.organisation ? name(c.origin.organisation) : null}</Fact>
            <Fact label={k.originReceipt}>{c.origin.receiptNumber}</Fact>
          </>
        )}
        {r && (
          <>
            <Fact label={k.referredTo}>{r.organisation ? name(r.organisation) : r.toOrganisationCode}</Fact>
            <Fact label={k.letter}>{r.letterNumber}</Fact>
            <Fact label={k.referredAt}>
              <Instant value={r.referredAt} />
            </Fact>
            <Fact label={k.identityShared}>{r.shareIdentity ? k.identityYes : k.identityNo}</Fact>
            <Fact label={k.receivedAs}>{r.receivedAs}</Fact>
            <Fact label={k.receivedThereAt}>{r.receivedAt ? <Instant value={r.receivedAt} /> : null}</Fact>
          </>
        )}
      </dl>
    </>
  );
}
