import { DayPicker, enUS, th } from 'react-day-picker/buddhist';
import 'react-day-picker/style.css';
import type { Lang } from '../app/i18n';

// The calendar's years: from B.E. 2500 (the server's earliest instant) to next year.
const firstMonth = new Date(1957, 0, 1);

/**
 * Issue 14, item 7: react-day-picker's Buddhist calendar — Gregorian months and weeks, Thai month
 * names, B.E. years (its date library adds the 543) — with a month and a year to choose from.
 */
export function DateCalendar({ lang, selected, onSelect }: { lang: Lang; selected: Date | undefined; onSelect: (day: Date) => void }) {
  const today = new Date();
  return (
    <DayPicker
      mode="single"
      locale={lang === 'th' ? th : enUS}
      numerals="latn"
      captionLayout="dropdown"
      startMonth={firstMonth}
      endMonth={new Date(today.getFullYear() + 1, 11, 1)}
      defaultMonth={selected ?? today}
      selected={selected}
      autoFocus
      onSelect={(day) => day && onSelect(day)}
    />
  );
}
