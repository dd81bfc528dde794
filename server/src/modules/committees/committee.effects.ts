import { randomUUID } from 'node:crypto';
import { sql } from '../../db/sql.js';
import type { MoveEffects } from '../complaints/move-effects.js';
import type { Move } from '../complaints/workflow.js';

/** R3, R4.4: the committee the commander's order appoints, and its members in the order given. */
export function appointmentEffects(move: Extract<Move, { kind: 'APPOINT_COMMITTEE' }>, at: Date): MoveEffects {
  const orderNumber = move.orderNumber.trim();
  const members = move.members.map((member, index) => ({
    position: index + 1,
    full_name: member.fullName.trim(),
    role: member.role,
    official_id: member.officialId,
  }));
  return {
    columns: {},
    data: { orderNumber, members: move.members },
    ctes: [
      sql`committee as (insert into committee (id, complaint_id, order_number, appointed_at)
                        select ${randomUUID()}::uuid, moved.id, ${orderNumber}, ${at} from moved
                        returning id)`,
      sql`members as (insert into committee_member (committee_id, position, full_name, role, official_id)
                      select committee.id, m.position, m.full_name, m.role, m.official_id
                        from committee, jsonb_to_recordset(${JSON.stringify(members)}::jsonb)
                             as m(position int, full_name text, role text, official_id uuid))`,
    ],
  };
}
