import { sql } from '../../db/sql.js';
import { hasVisibleCharacter } from '../shared/input-checks.js';
import { buddhistYear } from '../calendar/buddhist-era.js';
import type { MoveEffects } from '../complaints/move-effects.js';
import type { Move } from '../complaints/workflow.js';

/**
 * The next number of the body's outgoing register (ทะเบียนหนังสือส่ง) of the Buddhist-Era year of
 * `at`, as the CTE `outgoing` (last_number, year) on the moved complaint: its counter row locked
 * until commit, so numbers are unique and gap-free. Notices and referral letters take theirs here.
 */
export function outgoingNumberCte(at: Date, timeZone: string) {
  return sql`outgoing as (insert into outgoing_counter as oc (year, last_number)
                          select ${buddhistYear(at, timeZone)}, 1 from moved
                          on conflict (organisation_code, year) do update set last_number = oc.last_number + 1
                          returning last_number, year)`;
}

/**
 * R3, R4, R8: the notice sent to the complainant. The letter takes the next number of the outgoing
 * register of the Buddhist-Era year it is sent in (its counter row locked until commit).
 */
export function noticeEffects(
  move: Extract<Move, { kind: 'SEND_NOTICE' }>,
  sender: { id: string },
  at: Date,
  timeZone: string,
): MoveEffects {
  return {
    columns: {},
    data: { kind: move.noticeKind, method: move.method },
    ctes: [
      outgoingNumberCte(at, timeZone),
      sql`notice as (insert into notice (id, complaint_id, kind, method, sent_at, recorded_by_id, outgoing_number, paragraphs)
                     select gen_random_uuid(), moved.id, ${move.noticeKind}, ${move.method}, ${at}, ${sender.id}::uuid,
                            outgoing.last_number || '/' || outgoing.year, ${move.paragraphs?.length ? JSON.stringify(move.paragraphs) : null}::jsonb
                       from moved, outgoing)`,
    ],
  };
}

/**
 * Issue 14, item 2: the paragraphs a clerk edited, as the letter prints them: each trimmed, the
 * empty ones left out; none left (or none given) sends the letter as drafted.
 */
export function editedParagraphs(given: readonly string[] | null | undefined): string[] | null {
  const kept = (given ?? []).map((paragraph) => paragraph.trim()).filter(hasVisibleCharacter);
  return kept.length ? kept : null;
}
