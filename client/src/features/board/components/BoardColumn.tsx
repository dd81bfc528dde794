import type { FragmentType } from '@apollo/client';
import { useI18n } from '../../../app/i18n';
import type { ComplaintStage } from '../../../app/schema-types';
import { ComplaintCard, type ComplaintCardFragment } from './ComplaintCard';

type BoardColumnProps = {
  stage: ComplaintStage;
  complaints: ReadonlyArray<{ id: string } & FragmentType<typeof ComplaintCardFragment>>;
};

export function BoardColumn({ stage, complaints }: BoardColumnProps) {
  const { t } = useI18n();
  const headingId = `stage-${stage}`;

  return (
    <section className="board-column" aria-labelledby={headingId}>
      <h2 className="board-column__title" id={headingId}>
        <span>{t.stages[stage]}</span>{' '}
        <span className="board-column__count">{t.board.count(complaints.length)}</span>
      </h2>
      {complaints.length === 0 ? (
        <p className="board-column__empty">{t.board.empty}</p>
      ) : (
        <ol className="board-column__cards">
          {complaints.map((complaint) => (
            <li key={complaint.id}>
              <ComplaintCard complaint={complaint} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
