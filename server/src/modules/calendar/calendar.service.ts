import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, rows, sql } from '../../db/sql.js';
import { DomainError, badInput } from '../shared/domain-error.js';
import { recomputeOpenClocks } from '../deadlines/recompute-clocks.js';
import type { Holiday } from './holiday.entity.js';

const holidayColumns = sql`to_char(date, 'YYYY-MM-DD') as date, name_th as "nameTh", name_en as "nameEn", kind, status`;

/** A real calendar date in YYYY-MM-DD, or BAD_USER_INPUT. */
function realDate(date: string): string {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!valid) throw badInput('date', `"${date}" ไม่ใช่วันที่ที่มีอยู่จริง (รูปแบบ YYYY-MM-DD)`, `"${date}" is not a real date (YYYY-MM-DD)`);
  return date;
}

export function listHolidays(em: EntityManager, from?: string | null, to?: string | null): Promise<Holiday[]> {
  return rows<Holiday>(
    em,
    sql`select ${holidayColumns} from holiday
         where ${from ? sql`date >= ${realDate(from)}::date` : sql`true`} and ${to ? sql`date <= ${realDate(to)}::date` : sql`true`}
         order by date`,
  );
}

/** Adds a holiday and, in the same transaction, moves every open clock it delays. */
export async function addHoliday(
  em: EntityManager,
  actorId: string,
  input: { date: string; nameTh: string; nameEn?: string | null; kind?: string | null },
): Promise<{ holiday: Holiday; clocksMoved: number }> {
  const date = realDate(input.date);
  return em.transactional(async (tx) => {
    const holiday = await firstRow<Holiday>(
      tx,
      sql`insert into holiday (date, name_th, name_en, kind, status)
          values (${date}::date, ${input.nameTh.trim()}, ${input.nameEn?.trim() || null}, ${input.kind ?? 'LOCAL_ORDER'}, 'CONFIRMED')
          on conflict (date) do nothing
          returning ${holidayColumns}`,
    );
    if (!holiday) throw badInput('date', `วันที่ ${date} เป็นวันหยุดอยู่แล้ว`, `${date} is already a holiday`);
    const clocksMoved = await recomputeOpenClocks(tx, actorId, {
      reason: { change: 'HOLIDAY_ADDED', date, nameTh: holiday.nameTh },
      date,
    });
    return { holiday, clocksMoved };
  });
}

/** Removes a holiday and, in the same transaction, moves every open clock it had delayed. */
export async function removeHoliday(em: EntityManager, actorId: string, input: { date: string }): Promise<number> {
  const date = realDate(input.date);
  return em.transactional(async (tx) => {
    const removed = await firstRow<Holiday>(tx, sql`delete from holiday where date = ${date}::date returning ${holidayColumns}`);
    if (!removed) throw new DomainError('NOT_FOUND', `วันที่ ${date} ไม่ใช่วันหยุด`, `${date} is not a holiday`, { field: 'date' });
    return recomputeOpenClocks(tx, actorId, { reason: { change: 'HOLIDAY_REMOVED', date, nameTh: removed.nameTh }, date });
  });
}
