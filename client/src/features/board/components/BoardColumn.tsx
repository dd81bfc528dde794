import type { FragmentType } from '@apollo/client';
import { useDroppable } from '@dnd-kit/core';
import { useI18n } from '../../../app/i18n';
import type { ComplaintStage } from '../../../gql/graphql';
import { ComplaintCard, type ComplaintCardFragment } from './ComplaintCard';
import './BoardColumn.css';

type BoardColumnProps = {
  stage: ComplaintStage;
  complaints: ReadonlyArray<{ id: string; stage: ComplaintStage } & FragmentType<typeof ComplaintCardFragment>>;
  /** While a card is dragged: whether it may be dropped here (undefined when nothing is dragged). */
  accepts: boolean | undefined;
  /** Whether the user may move this card anywhere now. */
  isDraggable: (complaintId: string) => boolean;
  /** How many more the server holds in this column than it has sent (issue 15, item 1). */
  remaining: number;
  loadingMore: boolean;
  onMore: () => void;
  /** For the finished columns: the fiscal year (B.E.) they are limited to. */
  fiscalYear?: number;
};

export function BoardColumn({ stage, complaints, accepts, isDraggable, remaining, loadingMore, onMore, fiscalYear }: BoardColumnProps) {
  const { t } = useI18n();
  const headingId = `stage-${stage}`;
  const { setNodeRef, isOver } = useDroppable({ id: stage, disabled: accepts === false });
  const state = accepts === undefined ? '' : accepts ? ' board-column--accepts' : ' board-column--refuses';

  return (
    <section
      ref={setNodeRef}
      className={`board-column${state}${isOver && accepts ? ' board-column--over' : ''}`}
      aria-labelledby={headingId}
      data-stage={stage}
    >
      <h2 className="board-column__title" id={headingId}>
        <span>{t.stages[stage]}</span> <span className="board-column__count">{t.board.count(complaints.length)}</span>
      </h2>
      {fiscalYear !== undefined && <p className="board-column__window">{t.board.finishedIn(fiscalYear)}</p>}
      {accepts === false && <p className="board-column__refuse">{t.board.cannotDrop}</p>}
      {complaints.length === 0 ? (
        <p className="board-column__empty">{t.board.empty}</p>
      ) : (
        <ol className="board-column__cards">
          {complaints.map((complaint) => (
            <li key={complaint.id}>
              <ComplaintCard complaint={complaint} draggable={isDraggable(complaint.id)} />
            </li>
          ))}
        </ol>
      )}
      {remaining > 0 && (
        <button className="button board-column__more" type="button" onClick={onMore} disabled={loadingMore}>
          {loadingMore ? t.common.loading : t.board.more(remaining)}
        </button>
      )}
    </section>
  );
}
