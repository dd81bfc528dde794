import type { Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Trigger } from '@mikro-orm/decorators/legacy';
import { Complaint } from './complaint.entity.js';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/** A division named in the commander's order; its officers see the complaint from then on. */
/** R10: complaints by assigned division and month of receipt, kept in the same transaction. */
const rollUp = `
  if tg_op = 'INSERT' then
    insert into unit_rollup (organisation_code, month, division_code, complaints)
    select c.organisation_code, date_trunc('month', c.received_at at time zone 'Asia/Bangkok')::date, new.division_code, 1
      from complaint c where c.id = new.complaint_id
    on conflict (organisation_code, month, division_code) do update set complaints = unit_rollup.complaints + 1;
  else
    update unit_rollup u set complaints = u.complaints - 1
      from complaint c
     where c.id = old.complaint_id and u.organisation_code = c.organisation_code and u.division_code = old.division_code
       and u.month = date_trunc('month', c.received_at at time zone 'Asia/Bangkok')::date;
  end if;
  return null;`;

@Entity({ tableName: 'complaint_unit', policies: [bodyRows] })
@Trigger({ name: 'roll_up', timing: 'after', events: ['insert', 'delete'], forEach: 'row', body: rollUp })
@Index({ properties: ['organisationCode', 'divisionCode', 'complaint'] })
export class ComplaintUnit {
  /** Issue 13: the body this row belongs to (row-level security's key), the caller's unless named. */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @ManyToOne(() => Complaint, { primary: true, deleteRule: 'cascade' })
  complaint!: Complaint;

  /** The division's code (in the complaint's body: division codes run per body, issue 13). */
  @PrimaryKey({ type: 'text', fieldName: 'division_code' })
  divisionCode!: string;
}
