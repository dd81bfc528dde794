import type { EntityManager } from '@mikro-orm/postgresql';
import { announceReferenceChange } from '../reference/reference-data.js';
import { badInput, DomainError } from '../shared/domain-error.js';
import { optionalText } from '../shared/input-checks.js';
import { Channel } from './channel.entity.js';

/** ADMIN: a channel on or off (R1: the body checks every channel it uses), and its contact. */
export async function updateChannel(em: EntityManager, input: { code: string; inUse?: boolean; contact?: string | null }): Promise<void> {
  const channel = await em.findOne(Channel, { code: input.code });
  if (!channel) throw new DomainError('NOT_FOUND', `ไม่รู้จักช่องทาง "${input.code}"`, `Unknown channel "${input.code}"`, { field: 'code' });
  if (input.inUse === false && (await em.count(Channel, { inUse: true, code: { $ne: channel.code } })) === 0) {
    throw badInput('inUse', 'ต้องเปิดรับเรื่องอย่างน้อยหนึ่งช่องทาง', 'At least one channel stays in use');
  }
  if (input.inUse !== undefined) channel.inUse = input.inUse;
  if (input.contact !== undefined) channel.contact = optionalText(input.contact);
  await em.flush();
  await announceReferenceChange(em);
}
