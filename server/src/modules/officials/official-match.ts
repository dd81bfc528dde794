import { distance } from 'fastest-levenshtein';

/**
 * Issue 9, item 4: an accused named only by name and position is matched against the officials, so
 * that overriding rule 1 (an official never sees a complaint that accuses them) does not depend on
 * the clerk picking the official from the list.
 *
 * - The same name (titles, spacing, invisible characters and Thai spelling variants aside) is the
 *   official: linked, unless the clerk has said it is not.
 * - A probable match (a typo away, the first name or surname alone, the position alone where one
 *   official holds it) must be settled by the clerk: choose the official, or say it is not them.
 */

export interface OfficialToMatch {
  id: string;
  fullName: string;
  position: string;
}

export interface AccusedToMatch {
  officialId?: string | null;
  fullName?: string | null;
  position?: string | null;
  /** Officials the clerk has said this accused is not. */
  notOfficials?: readonly string[] | null;
}

export type AccusedMatch =
  | { kind: 'CHOSEN'; officialId: string }
  | { kind: 'SAME_NAME'; officialId: string }
  | { kind: 'PROBABLE'; officialIds: string[] }
  | { kind: 'NONE' };

/** Titles written before Thai and English names, longest first so that นางสาว is not read as นาง + สาว. */
const titles = [
  'ว่าที่ร้อยตรีหญิง',
  'ว่าที่ร้อยตรี',
  'ว่าที่ร.ต.หญิง',
  'ว่าที่ร.ต.',
  'ว่าที่',
  'นางสาว',
  'น.ส.',
  'นาง',
  'นาย',
  'ด.ช.',
  'ด.ญ.',
  'เด็กชาย',
  'เด็กหญิง',
  'ดร.',
  'ผศ.',
  'รศ.',
  'ศ.',
  'จ.ส.อ.',
  'ส.อ.',
  'ร.ต.ท.',
  'ร.ต.อ.',
  'พ.ต.ท.',
  'ด.ต.',
  'mrs.',
  'mrs',
  'mr.',
  'mr',
  'ms.',
  'ms',
  'miss',
  'dr.',
  'dr',
];

/**
 * A name or position as compared: compatibility-normalised (Thai ํา → ำ), without invisible
 * characters, punctuation or repeated spaces, lower case; a title in front removed.
 */
export function normaliseName(text: string | null | undefined, { dropTitle = true } = {}): string {
  let name = (text ?? '')
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Cc}]/gu, '')
    .replace(/[\p{Z}\s]+/gu, ' ')
    .trim()
    .toLowerCase();
  if (dropTitle) {
    for (const title of titles) {
      if (name.startsWith(title)) {
        name = name.slice(title.length).trim();
        break;
      }
    }
  }
  return name
    .replace(/[.,()\-–'"]/g, '')
    .replace(/ +/g, ' ')
    .trim();
}

/** A typo: one edit in a short word, two in a long one. */
function nearly(a: string, b: string): boolean {
  if (!a || !b) return false;
  const allowed = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  return distance(a, b) <= allowed;
}

function probable(accused: { name: string; position: string }, official: { name: string; position: string }, soleHolder: boolean): boolean {
  const [first = '', ...rest] = accused.name.split(' ');
  const last = rest.join(' ');
  const [officialFirst = '', ...officialRest] = official.name.split(' ');
  const officialLast = officialRest.join(' ');
  if (accused.name && nearly(accused.name, official.name)) return true;
  if (first && last && ((first === officialFirst && nearly(last, officialLast)) || (last === officialLast && nearly(first, officialFirst))))
    return true;
  // One name alone: the first name or the surname of an official.
  if (first && !last && (first === officialFirst || first === officialLast)) return true;
  // The position alone names the one official who holds it.
  return Boolean(accused.position) && soleHolder && accused.position === official.position;
}

/** Each accused's match among the officials (pure: the caller loads the officials). */
export function matchAccused(accused: readonly AccusedToMatch[], officials: readonly OfficialToMatch[]): AccusedMatch[] {
  const known = officials.map((official) => ({
    id: official.id,
    name: normaliseName(official.fullName),
    position: normaliseName(official.position, { dropTitle: false }),
  }));
  const holders = new Map<string, number>();
  for (const official of known) holders.set(official.position, (holders.get(official.position) ?? 0) + 1);
  return accused.map((person): AccusedMatch => {
    if (person.officialId) return { kind: 'CHOSEN', officialId: person.officialId };
    const rejected = new Set(person.notOfficials ?? []);
    const written = { name: normaliseName(person.fullName), position: normaliseName(person.position, { dropTitle: false }) };
    if (!written.name && !written.position) return { kind: 'NONE' };
    const candidates = known.filter((official) => !rejected.has(official.id));
    const same = candidates.filter((official) => written.name && official.name === written.name);
    if (same.length === 1) return { kind: 'SAME_NAME', officialId: same[0].id };
    const likely =
      same.length > 1 ? same : candidates.filter((official) => probable(written, official, holders.get(official.position) === 1));
    return likely.length ? { kind: 'PROBABLE', officialIds: likely.map((official) => official.id) } : { kind: 'NONE' };
  });
}
