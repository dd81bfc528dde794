import { deadlineTone, formatCountdown, type Deadline } from '../app/deadline';
import { formatInstant } from '../app/format';
import { useI18n } from '../app/i18n';
import './CountdownBadge.css';

type CountdownBadgeProps = {
  deadline: Deadline & { dueAt: string };
  /** The rule's name, e.g. "ลงทะเบียนรับ อบต. (3 ชม.ทำการ)". */
  label: string;
  now: number;
};

/** The time left on a statutory deadline: green, amber when due soon, red when overdue. */
export function CountdownBadge({ deadline, label, now }: CountdownBadgeProps) {
  const { lang, t } = useI18n();
  const tone = deadlineTone(deadline, now);
  const due = formatInstant(deadline.dueAt, lang);
  return (
    <span className={`countdown countdown--${tone}`} data-tone={tone} title={`${label} · ${t.deadline.due} ${due}`}>
      <span className="visually-hidden">{label}: </span>
      {formatCountdown(deadline.dueAt, now, lang)}
      <span className="visually-hidden"> ({t.deadline.tone[tone]})</span>
    </span>
  );
}
