import type { EntityManager } from '@mikro-orm/postgresql';
import { channels, deadlineRules, demoPassword, demoUsers, divisions, holidays, officials, organisation } from '@rongrian/seeds';
import { hashPassword } from '../modules/auth/password.js';
import type { Role } from '../modules/auth/role.js';
import { User } from '../modules/auth/user.entity.js';
import { DeadlineRule } from '../modules/deadlines/deadline-rule.entity.js';
import { Division } from '../modules/divisions/division.entity.js';
import { Holiday } from '../modules/calendar/holiday.entity.js';
import { Channel } from '../modules/channels/channel.entity.js';
import { Official } from '../modules/officials/official.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';

export interface SeedResult {
  referenceData: boolean;
  demoUsers: number;
}

/**
 * Reference data (the organisation, channels, divisions, the holiday calendar, the deadline rules) goes into every
 * fresh database, once: later edits by administrators are never overwritten. The demo officials and
 * users go in only when asked (the embedded default, or SEED_DEMO=true), and only those missing.
 */
export async function seed(em: EntityManager, { demo }: { demo: boolean }): Promise<SeedResult> {
  return em.transactional(async (tx) => {
    const fresh = (await tx.count(Organisation)) === 0;
    if (fresh) {
      tx.create(Organisation, organisation);
      for (const channel of channels) tx.create(Channel, channel);
      for (const division of divisions) tx.create(Division, division);
      for (const holiday of holidays) tx.create(Holiday, holiday);
      await tx.flush();
    }
    // The rules came in a later release than the rest of the reference data: seeded when missing.
    if ((await tx.count(DeadlineRule)) === 0) {
      for (const rule of deadlineRules) tx.create(DeadlineRule, rule as never);
      await tx.flush();
    }
    if (!demo) return { referenceData: fresh, demoUsers: 0 };

    const existing = new Set((await tx.find(User, {}, { fields: ['username'] })).map((user) => user.username));
    const missing = demoUsers.filter((user) => !existing.has(user.username));
    if (missing.length === 0) return { referenceData: fresh, demoUsers: 0 };

    const officialsByKey = new Map<string, Official>();
    if ((await tx.count(Official)) === 0) {
      for (const official of officials) {
        officialsByKey.set(
          official.key,
          tx.create(Official, {
            fullName: official.fullName,
            position: official.position,
            division: official.division,
          }),
        );
      }
    } else {
      const byName = new Map((await tx.find(Official, {})).map((official) => [official.fullName, official]));
      for (const official of officials) {
        const found = byName.get(official.fullName);
        if (found) officialsByKey.set(official.key, found);
      }
    }
    const passwordHash = await hashPassword(demoPassword);
    for (const user of missing) {
      tx.create(User, {
        username: user.username,
        displayName: user.displayName,
        passwordHash,
        roles: user.roles as Role[],
        division: user.division,
        official: user.official ? (officialsByKey.get(user.official) ?? null) : null,
      });
    }
    await tx.flush();
    return { referenceData: fresh, demoUsers: missing.length };
  });
}
