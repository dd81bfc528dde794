import { gql, type TypedDocumentNode, type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { formatInstant } from '../../../app/format';
import { useI18n } from '../../../app/i18n';

// Typed by hand in the shape GraphQL Codegen generates (the ' $fragmentName' brand is what data
// masking keys on), so generated types can take over without changes here.
export type ComplaintCard_complaint = {
  __typename?: 'Complaint';
  id: string;
  receiptNumber: string;
  subject: string;
  receivedAt: string;
  channel: { code: string; nameTh: string; nameEn: string | null };
} & { ' $fragmentName'?: 'ComplaintCard_complaint' };

export const ComplaintCardFragment: TypedDocumentNode<ComplaintCard_complaint> = gql`
  fragment ComplaintCard_complaint on Complaint {
    id
    receiptNumber
    subject
    receivedAt
    channel {
      code
      nameTh
      nameEn
    }
  }
`;

export function ComplaintCard({
  complaint,
}: {
  complaint: FragmentType<typeof ComplaintCardFragment>;
}) {
  const { t, lang } = useI18n();
  const { data, complete } = useFragment({ fragment: ComplaintCardFragment, from: complaint });
  // The board query wrote these fields just before rendering the card, so this only happens if
  // the complaint is evicted from the cache while the card is on screen.
  if (!complete) return null;

  const headingId = `complaint-${data.id}`;
  return (
    <article className="complaint-card" aria-labelledby={headingId}>
      <p className="complaint-card__receipt">
        {t.card.receiptNumber} {data.receiptNumber}
      </p>
      <h3 className="complaint-card__subject" id={headingId} title={data.subject}>
        {data.subject}
      </h3>
      <dl className="complaint-card__meta">
        <div>
          <dt>{t.card.channel}</dt>
          <dd>{lang === 'en' ? (data.channel.nameEn ?? data.channel.nameTh) : data.channel.nameTh}</dd>
        </div>
        <div>
          <dt>{t.card.receivedAt}</dt>
          <dd>
            <time dateTime={data.receivedAt}>{formatInstant(data.receivedAt, lang)}</time>
          </dd>
        </div>
      </dl>
    </article>
  );
}
