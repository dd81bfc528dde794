/**
 * Official Thai documents write dates in the Buddhist Era with Thai month names and, by custom,
 * Thai digits. Everything goes through Intl (style.md, "Dates"): no month names, no +543 here.
 */
export function thaiDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('th-TH-u-nu-thai', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
}

export function thaiTime(instant: Date, timeZone: string): string {
  return `${new Intl.DateTimeFormat('th-TH-u-nu-thai', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)} น.`;
}

/** Arabic digits in any text (a receipt number, a count) as Thai digits. */
export function thaiDigits(text: string | number): string {
  const digits = new Intl.NumberFormat('th-TH-u-nu-thai', { useGrouping: false });
  return String(text).replace(/\d/g, (digit) => digits.format(Number(digit)));
}

/** Escapes text for HTML: everything a template prints from data goes through it. */
export function html(text: string | number | null | undefined): string {
  return String(text ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
