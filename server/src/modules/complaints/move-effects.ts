import { badInput } from '../shared/domain-error.js';
import { optionalText } from '../shared/input-checks.js';
import { sql, type RawBuilder } from '../../db/sql.js';
import { appointmentEffects } from '../committees/committee.effects.js';
import { noticeEffects, outgoingNumberCte } from '../notices/notice.effects.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { OrderDecision } from './complaint.enums.js';
import { resolutionEffects } from './resolution.effects.js';
import type { Move, PlannedMove } from './workflow.js';

/**
 * What a move writes besides the stage, the version and its event: columns of the complaint row,
 * the event's data, and data-modifying CTEs that read the updated row from `moved`. Each module
 * owns the effects of the moves that create its rows (committees, notices, division reports).
 */
export interface MoveEffects {
  columns: Record<string, unknown>;
  data: Record<string, unknown>;
  ctes: RawBuilder<unknown>[];
}

/** The effects of `move`, planned as `plan`, made by `actor` at `at`. */
export function effectsOf(move: Move, plan: PlannedMove, actor: { id: string }, at: Date, reference: ReferenceData): MoveEffects {
  switch (move.kind) {
    case 'REGISTER': {
      // R2.1
      const registerNumber = move.registerNumber.trim();
      return { columns: { register_number: registerNumber }, data: { registerNumber }, ctes: [] };
    }
    case 'SUBMIT_FOR_ORDER': {
      // R2.2
      const centerRegisterNumber = move.centerRegisterNumber.trim();
      return { columns: { center_register_number: centerRegisterNumber }, data: { centerRegisterNumber }, ctes: [] };
    }
    case 'ORDER':
      return orderEffects(move, reference);
    // A correction writes what the correction service decides (correction.service.ts), not a move's effects.
    case 'CORRECT':
    case 'DISTRIBUTE':
    case 'CLOSE':
      return { columns: {}, data: {}, ctes: [] };
    case 'APPOINT_COMMITTEE':
      return appointmentEffects(move, at);
    case 'RESOLVE':
      return resolutionEffects(move, plan, actor, at, (code) => reference.division(code).nameTh);
    case 'SEND_NOTICE':
      return noticeEffects(move, actor, at, reference.timeZone);
    case 'REFER':
      return referralEffects(move, actor, at, reference.timeZone);
  }
}

/**
 * Issue 13, item 4: the referral, on the sending complaint (its stage stays): the letter's number
 * is the clerk's, or the next of the body's outgoing register (ทะเบียนหนังสือส่ง), as a notice's is.
 */
function referralEffects(move: Extract<Move, { kind: 'REFER' }>, actor: { id: string }, at: Date, timeZone: string): MoveEffects {
  const given = optionalText(move.letterNumber);
  const to = move.toOrganisationCode.trim();
  return {
    columns: { referred_at: at },
    data: { to, letterNumber: given, shareIdentity: move.shareIdentity },
    ctes: [
      given
        ? sql`letter as (select ${given}::text as number)`
        : sql`${outgoingNumberCte(at, timeZone)}, letter as (select outgoing.last_number || '/' || outgoing.year as number from outgoing)`,
      sql`referral as (insert into referral (id, complaint_id, to_organisation_code, letter_number, share_identity, referred_at, referred_by_id)
                       select gen_random_uuid(), moved.id, ${to}, letter.number, ${move.shareIdentity}, ${at}, ${actor.id}::uuid
                         from moved, letter)`,
    ],
  };
}

/** R2.2, R6: the decision, and from an acceptance on, the units the complaint is assigned to. */
function orderEffects(move: Extract<Move, { kind: 'ORDER' }>, reference: ReferenceData): MoveEffects {
  for (const unit of move.units) {
    if (!reference.divisions.has(unit)) throw badInput('units', `ไม่รู้จักหน่วยงาน "${unit}"`, `Unknown division "${unit}"`);
  }
  const note = optionalText(move.note);
  const accepted = move.decision === OrderDecision.ACCEPT;
  return {
    columns: { decision: move.decision, not_accepted_reason: accepted ? null : move.reason, order_note: note },
    data: { decision: move.decision, units: move.units, reason: move.reason, note },
    ctes: accepted
      ? [
          sql`units as (insert into complaint_unit (complaint_id, division_code)
                       select moved.id, unit from moved, unnest(${move.units}::text[]) as unit)`,
        ]
      : [],
  };
}
