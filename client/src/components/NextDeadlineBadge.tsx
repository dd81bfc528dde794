import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { nearestOpenDeadline } from '../app/deadline';
import { useI18n } from '../app/i18n';
import { useNow } from '../app/now';
import { graphql } from '../gql';
import { CountdownBadge } from './CountdownBadge';

/**
 * What a complaint's countdown reads of its deadlines. On Complaint, not Deadline: a deadline is a
 * value inside its complaint (no id, so not normalised), which useFragment could not look up.
 */
export const NextDeadlineBadgeFragment = graphql(`
  fragment NextDeadlineBadge_complaint on Complaint {
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

/** The countdown of the complaint's open deadline that falls due first (the one to act on next), if any. */
export function NextDeadlineBadge({ complaint }: { complaint: FragmentType<typeof NextDeadlineBadgeFragment> }) {
  const { name } = useI18n();
  const now = useNow();
  const { data, complete } = useFragment({ fragment: NextDeadlineBadgeFragment, from: complaint });
  if (!complete) return null;
  const deadline = nearestOpenDeadline(data.deadlines);
  if (!deadline?.dueAt) return null;
  return <CountdownBadge deadline={{ ...deadline, dueAt: deadline.dueAt }} label={name(deadline.rule)} now={now} />;
}
