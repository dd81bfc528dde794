import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { NextDeadlineBadge } from '../../../components/NextDeadlineBadge';
import { ReceiptLine } from '../../../components/ReceiptLine';
import { graphql } from '../../../gql';
import './ComplaintFileHeader.css';

export const ComplaintFileHeaderFragment = graphql(`
  fragment ComplaintFileHeader_complaint on Complaint {
    id
    receiptNumber
    subject
    stage
    voided
    voidReason
    ...NextDeadlineBadge_complaint
  }
`);

/** The file's title: receipt number, subject, stage, and the deadline to act on next. */
export function ComplaintFileHeader({ complaint }: { complaint: FragmentType<typeof ComplaintFileHeaderFragment> }) {
  const { t } = useI18n();
  const { data: c, complete } = useFragment({
    fragment: ComplaintFileHeaderFragment,
    fragmentName: 'ComplaintFileHeader_complaint',
    from: complaint,
  });
  if (!complete) return null;
  return (
    <header className="complaint-file__header">
      <ReceiptLine receiptNumber={c.receiptNumber} />
      <h1 id="complaint-file-title">{c.subject}</h1>
      <p>
        <span className="stage-badge" data-stage={c.stage}>
          {t.stages[c.stage]}
        </span>{' '}
        <NextDeadlineBadge complaint={c} />
      </p>
      {c.voided && (
        <p className="complaint-file__void" role="status" data-testid="voided">
          {t.correct.voidedBanner(c.voidReason ?? '')}
        </p>
      )}
    </header>
  );
}
