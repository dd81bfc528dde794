import type { EntityManager } from '@mikro-orm/postgresql';
import { deadlineRules, demoOrganisationFile, demoPassword, demoUsers } from '@rongrian/seeds';
import { hashPassword } from '../modules/auth/password.js';
import type { Role } from '../modules/auth/role.js';
import { User } from '../modules/auth/user.entity.js';
import { DeadlineRule } from '../modules/deadlines/deadline-rule.entity.js';
import { Official } from '../modules/officials/official.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { setUpOrganisation } from '../modules/organisation/setup.service.js';

export interface SeedResult {
  /** The demo body was set up from its file (seeds/src/organisations/kok-yae.json). */
  referenceData: boolean;
  demoUsers: number;
}

/**
 * Contract, "Setting up a body": nothing of the demo goes into a database unless the demo is seeded
 * (the embedded default, or SEED_DEMO=true). Then the demo body is set up from its file, exactly as
 * `npm run setup` sets up any other, and the demo users missing are added, linked to the file's
 * officials. A database without an organisation and without the demo waits for its set-up.
 */
export async function seed(em: EntityManager, { demo }: { demo: boolean }): Promise<SeedResult> {
  const fresh = (await em.count(Organisation)) === 0;
  if (fresh && !demo) return { referenceData: false, demoUsers: 0 };
  if (fresh) await setUpOrganisation(em, demoOrganisationFile);
  return em.transactional(async (tx) => {
    // The rules came in a later release than the rest of the reference data: added where missing.
    for (const { code } of await tx.findAll(Organisation, { fields: ['code'] })) {
      if ((await tx.count(DeadlineRule, { organisationCode: code })) > 0) continue;
      for (const rule of deadlineRules) tx.create(DeadlineRule, { organisationCode: code, ...rule } as never);
    }
    await tx.flush();
    if (!demo) return { referenceData: fresh, demoUsers: 0 };
    // The demo's users (one password for all) go only into the demo body, never into a real one.
    if ((await tx.count(Organisation, { code: demoOrganisationFile.organisation.code })) === 0)
      return { referenceData: false, demoUsers: 0 };

    const existing = new Set((await tx.find(User, {}, { fields: ['username'] })).map((user) => user.username));
    const missing = demoUsers.filter((user) => !existing.has(user.username));
    if (missing.length === 0) return { referenceData: fresh, demoUsers: 0 };

    const officials = new Map(
      (await tx.find(Official, { organisationCode: demoOrganisationFile.organisation.code })).map((official) => [
        official.fullName,
        official,
      ]),
    );
    const passwordHash = await hashPassword(demoPassword);
    for (const user of missing) {
      tx.create(User, {
        organisationCode: demoOrganisationFile.organisation.code,
        username: user.username,
        displayName: user.displayName,
        passwordHash,
        roles: user.roles as Role[],
        divisionCode: user.division,
        official: user.official ? (officials.get(user.official) ?? null) : null,
      });
    }
    await tx.flush();
    return { referenceData: fresh, demoUsers: missing.length };
  });
}
