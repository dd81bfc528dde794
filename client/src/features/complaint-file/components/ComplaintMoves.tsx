import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n';
import { stagesAfter } from '../../../app/workflow';
import { graphql } from '../../../gql';
import { MoveDialog, type MoveDialogProps } from '../../moves/MoveDialog';
import { moveTitle } from '../../moves/moveForm';
import { isFormMove } from '../../moves/useMoveComplaint';

export const ComplaintMovesFragment = graphql(`
  fragment ComplaintMoves_complaint on Complaint {
    id
    version
    availableMoves
    ...MoveDialog_complaint
  }
`);

type Opening = Pick<MoveDialogProps, 'kind' | 'to'>;

/** The next steps: a button for each move the server lets the user make now, each opening its dialog. */
export function ComplaintMoves({ complaint }: { complaint: FragmentType<typeof ComplaintMovesFragment> }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Opening>();
  const { data: c, complete } = useFragment({
    fragment: ComplaintMovesFragment,
    fragmentName: 'ComplaintMoves_complaint',
    from: complaint,
  });
  if (!complete) return null;

  const openings = c.availableMoves
    // Release 2's moves have their own panels (CORRECT: ComplaintCorrection, REFER: ComplaintReferral; REPLY: the conversation).
    .filter(isFormMove)
    // A move the clerk may end in more than one stage (the order: taken up or not) has a button for each.
    .flatMap((kind): Opening[] => (stagesAfter[kind].length > 1 ? stagesAfter[kind].map((to) => ({ kind, to })) : [{ kind }]));
  if (openings.length === 0) return null;

  return (
    <>
      <section className="button-row complaint-file__actions" aria-label={t.file.actions}>
        {openings.map((opening) => (
          <button
            key={`${opening.kind}-${opening.to ?? ''}`}
            type="button"
            // Moves that change the stage lead; a notice leaves the complaint where it is.
            className={stagesAfter[opening.kind].length > 0 ? 'button button--primary' : 'button'}
            onClick={() => setOpen(opening)}
          >
            {moveTitle(t.move, opening.kind, opening.to)}
          </button>
        ))}
      </section>
      {open && <MoveDialog {...open} complaint={c} onClose={() => setOpen(undefined)} />}
    </>
  );
}
