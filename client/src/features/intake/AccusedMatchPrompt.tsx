import { useI18n } from '../../app/i18n';
import type { MatchCandidate } from './intakeForm';

/** Issue 9, item 4: the officials a typed accused may be, each settled by the clerk (this one, or not). */
export function AccusedMatchPrompt({
  index,
  candidates,
  onIsOfficial,
  onNotOfficial,
}: {
  index: number;
  candidates: MatchCandidate[];
  onIsOfficial: (officialId: string) => void;
  onNotOfficial: (officialId: string) => void;
}) {
  const i = useI18n().t.intake;
  return (
    <div className="match-prompt" role="group" aria-label={i.matchTitle(index + 1)} data-testid={`accused-${index}-match`}>
      <p>{i.matchTitle(index + 1)}</p>
      {candidates.map((o) => (
        <p key={o.id} className="match-prompt__candidate">
          <span>
            {o.fullName}, {o.position}
          </span>{' '}
          <button type="button" className="button button--small button--primary" onClick={() => onIsOfficial(o.id)}>
            {i.matchIsOfficial}
          </button>{' '}
          <button type="button" className="button button--small" onClick={() => onNotOfficial(o.id)}>
            {i.matchNotOfficial}
          </button>
        </p>
      ))}
    </div>
  );
}
