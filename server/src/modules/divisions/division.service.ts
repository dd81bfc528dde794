import type { EntityManager } from '@mikro-orm/postgresql';
import { referenceCodePattern } from '@rongrian/schema/input-rules';
import { announceReferenceChange } from '../reference/reference-data.js';
import { badInput, DomainError } from '../shared/domain-error.js';
import { Division } from './division.entity.js';

/** ADMIN: a new division, placed after the others. */
export async function createDivision(em: EntityManager, input: { code: string; nameTh: string; nameEn: string }): Promise<void> {
  const code = input.code.trim();
  if (!referenceCodePattern.test(code)) {
    throw badInput(
      'code',
      'รหัสหน่วยงานต้องเป็นอักษรอังกฤษตัวใหญ่ ตัวเลข หรือ _ เช่น LEGAL',
      'A division code is capital letters, digits or _, e.g. LEGAL',
    );
  }
  if (await em.count(Division, { code })) throw badInput('code', `มีหน่วยงานรหัส ${code} อยู่แล้ว`, `A division ${code} exists already`);
  const [last] = await em.find(Division, {}, { orderBy: { position: 'desc' }, limit: 1 });
  em.create(Division, { code, nameTh: input.nameTh.trim(), nameEn: input.nameEn.trim(), position: (last?.position ?? 0) + 1 });
  await em.flush();
  await announceReferenceChange(em);
}

/** ADMIN: a division's names; its code stays, so everything filed under it stays there. */
export async function renameDivision(em: EntityManager, input: { code: string; nameTh: string; nameEn: string }): Promise<void> {
  const division = await em.findOne(Division, { code: input.code.trim() });
  if (!division) throw new DomainError('NOT_FOUND', `ไม่พบหน่วยงานรหัส ${input.code}`, `No division ${input.code}`, { field: 'code' });
  division.nameTh = input.nameTh.trim();
  division.nameEn = input.nameEn.trim();
  await em.flush();
  await announceReferenceChange(em);
}
