import { clockTone, formatCountdown, type Clock } from '../app/deadline';
import { formatInstant } from '../app/format';
import { useI18n } from '../app/i18n';

type CountdownBadgeProps = {
  clock: Clock & { dueAt: string };
  /** The rule's name, e.g. "ลงทะเบียนรับ อบต. (3 ชม.ทำการ)". */
  label: string;
  now: number;
};

/** The time left on a statutory clock: green, amber when due soon, red when overdue. */
export function CountdownBadge({ clock, label, now }: CountdownBadgeProps) {
  const { lang, t } = useI18n();
  const tone = clockTone(clock, now);
  const due = formatInstant(clock.dueAt, lang);
  return (
    <span
      className={`countdown countdown--${tone}`}
      data-tone={tone}
      title={`${label} · ${t.clock.due} ${due}`}
    >
      <span className="visually-hidden">{label}: </span>
      {formatCountdown(clock.dueAt, now, lang)}
      <span className="visually-hidden"> ({t.clock.tone[tone]})</span>
    </span>
  );
}
