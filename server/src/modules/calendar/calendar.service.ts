import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, badInput } from '../shared/domain-error.js';
import { recomputeOpenDeadlines } from '../deadlines/recompute-deadlines.js';
import { Holiday } from './holiday.entity.js';

/** A real calendar date in YYYY-MM-DD (not 2026-02-30, nor month 13), or BAD_USER_INPUT naming `field`. */
export function realDate(date: string, field = 'date'): string {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(at) || !new Date(at).toISOString().startsWith(date)) {
    throw badInput(field, `"${date}" ไม่ใช่วันที่ที่มีอยู่จริง (รูปแบบ YYYY-MM-DD)`, `"${date}" is not a real date (YYYY-MM-DD)`);
  }
  return date;
}

export function listHolidays(em: EntityManager, from?: string | null, to?: string | null): Promise<Holiday[]> {
  const after = from ? { date: { $gte: realDate(from) } } : {};
  const before = to ? { date: { $lte: realDate(to) } } : {};
  return em.find(Holiday, { $and: [after, before] }, { orderBy: { date: 'asc' } });
}

/** Adds a holiday and, in the same transaction, moves every open deadline it delays. */
export async function addHoliday(
  em: EntityManager,
  actorId: string,
  input: { date: string; nameTh: string; nameEn?: string | null; kind?: string | null },
): Promise<{ holiday: Holiday; deadlinesMoved: number }> {
  const date = realDate(input.date);
  return em.transactional(async (tx) => {
    const holiday = {
      date,
      nameTh: input.nameTh.trim(),
      nameEn: input.nameEn?.trim() || null,
      kind: input.kind ?? 'LOCAL_ORDER',
      status: 'CONFIRMED',
    } as Holiday; // its body: the caller's (the column's default, issue 13)
    // ON CONFLICT DO NOTHING: a day added twice, even at once, is refused as a duplicate, never by a unique violation.
    const { affectedRows } = await tx
      .createQueryBuilder(Holiday)
      .insert(holiday)
      .onConflict(['organisationCode', 'date'])
      .ignore()
      .execute('run');
    if (!affectedRows) throw badInput('date', `วันที่ ${date} เป็นวันหยุดอยู่แล้ว`, `${date} is already a holiday`);
    const deadlinesMoved = await recomputeOpenDeadlines(tx, actorId, {
      reason: { change: 'HOLIDAY_ADDED', date, nameTh: holiday.nameTh },
      date,
    });
    return { holiday, deadlinesMoved };
  });
}

/** Removes a holiday and, in the same transaction, moves every open deadline it had delayed. */
export async function removeHoliday(em: EntityManager, actorId: string, input: { date: string }): Promise<number> {
  const date = realDate(input.date);
  return em.transactional(async (tx) => {
    // Locked until commit: a day removed twice at once is removed, and its deadlines moved, once.
    const removed = await tx.findOne(Holiday, { date }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!removed) throw new DomainError('NOT_FOUND', `วันที่ ${date} ไม่ใช่วันหยุด`, `${date} is not a holiday`, { field: 'date' });
    await tx.remove(removed).flush();
    return recomputeOpenDeadlines(tx, actorId, { reason: { change: 'HOLIDAY_REMOVED', date, nameTh: removed.nameTh }, date });
  });
}
