import { Entity, Index, ManyToOne, Trigger } from '@mikro-orm/decorators/legacy';
import { Division } from '../divisions/division.entity.js';
import { Complaint } from './complaint.entity.js';

/** A division named in the commander's order; its officers see the complaint from then on. */
/** R10: complaints by assigned division and month of receipt, kept in the same transaction. */
const rollUp = `
  if tg_op = 'INSERT' then
    insert into unit_rollup (month, division_code, complaints)
    select date_trunc('month', c.received_at at time zone 'Asia/Bangkok')::date, new.division_code, 1
      from complaint c where c.id = new.complaint_id
    on conflict (month, division_code) do update set complaints = unit_rollup.complaints + 1;
  else
    update unit_rollup u set complaints = u.complaints - 1
      from complaint c
     where c.id = old.complaint_id and u.division_code = old.division_code
       and u.month = date_trunc('month', c.received_at at time zone 'Asia/Bangkok')::date;
  end if;
  return null;`;

@Entity({ tableName: 'complaint_unit' })
@Trigger({ name: 'roll_up', timing: 'after', events: ['insert', 'delete'], forEach: 'row', body: rollUp })
@Index({ properties: ['division', 'complaint'] })
export class ComplaintUnit {
  @ManyToOne(() => Complaint, { primary: true, deleteRule: 'cascade' })
  complaint!: Complaint;

  @ManyToOne(() => Division, { primary: true, fieldName: 'division_code' })
  division!: Division;
}
