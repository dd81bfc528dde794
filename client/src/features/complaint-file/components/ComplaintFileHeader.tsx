import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { nearestOpenDeadline } from '../../../app/deadline';
import { useI18n } from '../../../app/i18n';
import { useNow } from '../../../app/now';
import { CountdownBadge } from '../../../components/CountdownBadge';
import { ReceiptLine } from '../../../components/ReceiptLine';
import { graphql } from '../../../gql';
import './ComplaintFileHeader.css';

export const ComplaintFileHeaderFragment = graphql(`
  fragment ComplaintFileHeader_complaint on Complaint {
    receiptNumber
    subject
    stage
    deadlines {
      rule {
        code
        nameTh
        nameEn
      }
      dueAt
      dueSoonAt
      status
    }
  }
`);

/** The file's title: receipt number, subject, stage, and the deadline to act on next. */
export function ComplaintFileHeader({ complaint }: { complaint: FragmentType<typeof ComplaintFileHeaderFragment> }) {
  const { t, name } = useI18n();
  const now = useNow();
  const { data: c, complete } = useFragment({ fragment: ComplaintFileHeaderFragment, from: complaint });
  if (!complete) return null;
  const nearest = nearestOpenDeadline(c.deadlines);
  return (
    <header className="complaint-file__header">
      <ReceiptLine receiptNumber={c.receiptNumber} />
      <h1 id="complaint-file-title">{c.subject}</h1>
      <p>
        <span className="stage-badge" data-stage={c.stage}>
          {t.stages[c.stage]}
        </span>{' '}
        {nearest?.dueAt && <CountdownBadge deadline={{ ...nearest, dueAt: nearest.dueAt }} label={name(nearest.rule)} now={now} />}
      </p>
    </header>
  );
}
