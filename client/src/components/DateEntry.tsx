import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { dateOfEntry, entryOfDate, formatDateEntry, parseDateEntry, type DateEntryMode } from '../app/dateEntry';
import { useI18n } from '../app/i18n';
import './DateEntry.css';

export type DateEntryProps = {
  id: string;
  /** The label the field has, for the calendar's name. */
  label: string;
  mode: DateEntryMode;
  /** The form's value: `YYYY-MM-DDTHH:mm` office time, `YYYY-MM-DD`, '' — or the text typed while it is no date yet. */
  value?: string;
  /** For forms read with FormData: the starting value, kept in a hidden input named `name`. */
  defaultValue?: string;
  name?: string;
  onChange?: (value: string) => void;
  required?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
};

// The calendar (react-day-picker, date-fns' locales) loads when first opened, not with every screen.
const DateCalendar = lazy(() => import('./DateCalendar').then((module) => ({ default: module.DateCalendar })));

const officeTimeNow = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(11, 16);

/**
 * Issue 14, item 7: a date (and time) typed as Thai offices write it, in the Buddhist Era
 * (`1/12/2569 14:30`, Thai digits too), or picked on a calendar of Thai months and B.E. years.
 * It hands the form what it always had (app/dateEntry.ts); while the text is no date yet it hands
 * the text itself, so the form's check (isDateEntryValue) names the format expected.
 */
export function DateEntry({ id, label, mode, value, defaultValue = '', name, onChange, required, ...aria }: DateEntryProps) {
  const { t, lang } = useI18n();
  const d = t.dateEntry;
  const [own, setOwn] = useState(defaultValue);
  const current = value ?? own;
  const [text, setText] = useState(() => formatDateEntry(current, mode));
  // The value last seen: when the form changes it (a reset, the calendar), the text follows.
  const [seen, setSeen] = useState(current);
  if (current !== seen) {
    setSeen(current);
    setText(formatDateEntry(current, mode));
  }
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const calendarId = useId();

  function hand(next: string) {
    setSeen(next);
    setOwn(next);
    onChange?.(next);
  }

  function typed(next: string) {
    setText(next);
    hand(next.trim() === '' ? '' : (parseDateEntry(next, mode) ?? next));
  }

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  useEffect(() => {
    // A form read with FormData may be reset after a save: its field starts again from defaultValue.
    const form = field.current?.form;
    if (value !== undefined || !form) return;
    const reset = () => {
      setOwn(defaultValue);
      setSeen(defaultValue);
      setText(formatDateEntry(defaultValue, mode));
    };
    form.addEventListener('reset', reset);
    return () => form.removeEventListener('reset', reset);
  }, [value, defaultValue, mode]);

  useEffect(() => {
    if (!open) return;
    // A click outside the calendar closes it, as a menu would.
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!popup.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const selected = dateOfEntry(current);
  return (
    <div className="date-entry" data-field={name}>
      <div className="date-entry__row">
        <input
          ref={field}
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={mode === 'date' ? d.datePlaceholder : d.dateTimePlaceholder}
          value={text}
          required={required}
          onChange={(e) => typed(e.target.value)}
          onBlur={() => setText(formatDateEntry(current, mode))}
          {...aria}
        />
        <button
          ref={button}
          type="button"
          className="button date-entry__pick"
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? calendarId : undefined}
          aria-label={`${d.pick}: ${label}`}
          title={d.pick}
          onClick={() => setOpen(!open)}
        >
          <svg
            aria-hidden="true"
            width="18"
            height="18"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          >
            <rect x="3" y="5" width="18" height="16" rx="2" />
            <path d="M3 10h18M8 3v4M16 3v4" />
          </svg>
        </button>
      </div>
      {name && <input type="hidden" name={name} value={current} />}
      {open && (
        <div
          ref={popup}
          id={calendarId}
          className="date-entry__calendar"
          role="dialog"
          aria-label={d.calendar(label)}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            // Only the calendar closes, not a dialog the field sits in.
            event.stopPropagation();
            close();
          }}
        >
          <Suspense fallback={<p className="date-entry__loading">{t.common.loading}</p>}>
            <DateCalendar
              lang={lang}
              selected={selected}
              onSelect={(day) => {
                const picked = entryOfDate(day, mode, current, officeTimeNow());
                setText(formatDateEntry(picked, mode));
                hand(picked);
                close();
              }}
            />
          </Suspense>
          <button type="button" className="button date-entry__close" onClick={close}>
            {d.close}
          </button>
        </div>
      )}
    </div>
  );
}
