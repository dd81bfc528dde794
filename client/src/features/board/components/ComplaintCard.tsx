import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { formatInstant } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { Link } from '../../../app/router';
import { NextDeadlineBadge } from '../../../components/NextDeadlineBadge';
import { ReceiptLine } from '../../../components/ReceiptLine';
import { graphql } from '../../../gql';
import './ComplaintCard.css';

export const ComplaintCardFragment = graphql(`
  fragment ComplaintCard_complaint on Complaint {
    id
    version
    stage
    receiptNumber
    subject
    receivedAt
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
    ...NextDeadlineBadge_complaint
  }
`);

type ComplaintCardProps = {
  complaint: FragmentType<typeof ComplaintCardFragment>;
  /** False when the user may move this complaint nowhere. */
  draggable: boolean;
};

/** A complaint on the board. Memoised: a card re-renders when its own complaint changes. */
export const ComplaintCard = memo(function ComplaintCard({ complaint, draggable }: ComplaintCardProps) {
  const { t, lang, name } = useI18n();
  const { data, complete } = useFragment({ fragment: ComplaintCardFragment, fragmentName: 'ComplaintCard_complaint', from: complaint });
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: complete ? data.id : 'incomplete',
    disabled: !draggable || !complete,
  });
  // The board query wrote these fields just before rendering the card, so this only happens if
  // the complaint is evicted from the cache while the card is on screen.
  if (!complete) return null;

  const headingId = `complaint-${data.id}`;
  return (
    <article
      ref={setNodeRef}
      className={`complaint-card${isDragging ? ' complaint-card--dragging' : ''}${draggable ? ' complaint-card--draggable' : ''}`}
      aria-labelledby={headingId}
      data-receipt={data.receiptNumber}
      {...(draggable ? listeners : {})}
      {...(draggable ? attributes : {})}
      aria-roledescription={draggable ? t.board.draggableCard : undefined}
    >
      <div className="complaint-card__top">
        <ReceiptLine receiptNumber={data.receiptNumber} />
        <NextDeadlineBadge complaint={data} />
      </div>
      <h3 className="complaint-card__subject" id={headingId} title={data.subject}>
        <Link to={`/complaints/${data.id}`} onPointerDown={(e) => e.stopPropagation()}>
          {data.subject}
        </Link>
      </h3>
      <dl className="complaint-card__meta">
        <div>
          <dt>{t.card.channel}</dt>
          <dd>{name(data.channel)}</dd>
        </div>
        <div>
          <dt>{t.card.receivedAt}</dt>
          <dd>
            <time dateTime={data.receivedAt}>{formatInstant(data.receivedAt, lang)}</time>
          </dd>
        </div>
        {data.units.length > 0 && (
          <div>
            <dt>{t.card.units}</dt>
            <dd>{data.units.map(name).join(', ')}</dd>
          </div>
        )}
      </dl>
    </article>
  );
});
