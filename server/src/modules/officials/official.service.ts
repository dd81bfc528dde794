import type { EntityManager } from '@mikro-orm/postgresql';
import { realDate } from '../calendar/calendar.service.js';
import { Division } from '../divisions/division.entity.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { badInput, DomainError } from '../shared/domain-error.js';
import { isUuid } from '../shared/input-checks.js';
import { Official } from './official.entity.js';
import type { CreateOfficialInput, UpdateOfficialInput } from './official.types.js';

function divisionOf(em: EntityManager, reference: ReferenceData, code: string): Division {
  if (!reference.divisions.has(code)) throw badInput('divisionCode', `ไม่รู้จักหน่วยงาน "${code}"`, `Unknown division "${code}"`);
  return em.getReference(Division, [reference.organisation.code, code]);
}

/** A real calendar day in YYYY-MM-DD, not after today. */
function leavingDay(date: string, today: string): string {
  realDate(date, 'leftOn');
  if (date > today) throw badInput('leftOn', 'วันที่พ้นจากตำแหน่งต้องไม่เป็นวันในอนาคต', 'The day an official left may not lie in the future');
  return date;
}

/**
 * ADMIN (contract, "Accounts": createOfficial): the people complaints may name. An accused named
 * by name is matched against them (R6, official-match.ts), so a name two officials share is refused.
 */
export async function createOfficial(em: EntityManager, reference: ReferenceData, input: CreateOfficialInput): Promise<string> {
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  if (await em.count(Official, { fullName })) {
    throw badInput('fullName', `มีเจ้าหน้าที่ชื่อ ${fullName} อยู่แล้ว`, `An official named ${fullName} exists already`);
  }
  const official = em.create(Official, {
    fullName,
    position: input.position.trim(),
    division: divisionOf(em, reference, input.divisionCode),
  });
  await em.flush();
  return official.id;
}

/** ADMIN: a new position or division, or the day the official left (kept: complaints may still name them). */
export async function updateOfficial(
  em: EntityManager,
  reference: ReferenceData,
  input: UpdateOfficialInput,
  today: string,
): Promise<string> {
  const official = isUuid(input.id) ? await em.findOne(Official, input.id) : null;
  if (!official) throw new DomainError('NOT_FOUND', 'ไม่พบเจ้าหน้าที่ผู้นี้', `No official with id ${input.id}`, { field: 'id' });
  if (input.fullName != null) {
    const fullName = input.fullName.trim().replace(/\s+/g, ' ');
    if (fullName !== official.fullName && (await em.count(Official, { fullName }))) {
      throw badInput('fullName', `มีเจ้าหน้าที่ชื่อ ${fullName} อยู่แล้ว`, `An official named ${fullName} exists already`);
    }
    official.fullName = fullName;
  }
  if (input.position != null) official.position = input.position.trim();
  if (input.divisionCode != null) official.division = divisionOf(em, reference, input.divisionCode);
  if (input.leftOn !== undefined) official.leftOn = input.leftOn ? leavingDay(input.leftOn, today) : null;
  await em.flush();
  return official.id;
}
