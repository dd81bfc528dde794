import type { OrganisationKind } from '../organisation/organisation-kind.js';
import type { OrganisationProfile, ReferenceData } from '../reference/reference-data.js';
import { Role } from '../auth/role.js';
import { hasRole, type SessionUser } from '../auth/session-user.js';
import { forbidden } from '../shared/domain-error.js';

/** Issue 13, item 3: the bodies that oversee others (a parent of each body below them). */
export const oversightKinds: readonly OrganisationKind[] = ['DISTRICT', 'PROVINCE', 'NATIONAL'];

export function oversees(kind: OrganisationKind): boolean {
  return oversightKinds.includes(kind);
}

/** Every body below `code`, at any depth, by the parents the set-up files named. */
export function bodiesBelow(reference: Pick<ReferenceData, 'organisations'>, code: string): OrganisationProfile[] {
  const children = new Map<string, OrganisationProfile[]>();
  for (const body of reference.organisations) {
    if (body.parentCode === null) continue;
    const siblings = children.get(body.parentCode);
    if (siblings) siblings.push(body);
    else children.set(body.parentCode, [body]);
  }
  const below: OrganisationProfile[] = [];
  const seen = new Set([code]);
  for (let frontier = [code]; frontier.length;) {
    const next = frontier.flatMap((parent) => children.get(parent) ?? []).filter((body) => !seen.has(body.code));
    for (const body of next) seen.add(body.code);
    below.push(...next);
    frontier = next.map((body) => body.code);
  }
  return below.sort((a, b) => a.code.localeCompare(b.code));
}

/** Contract, `organisations`: the caller's own body and, for a user of an oversight body, the bodies below it. */
export function organisationsOf(reference: Pick<ReferenceData, 'organisations'>, user: SessionUser): OrganisationProfile[] {
  const own = reference.organisations.find((body) => body.code === user.organisationCode);
  if (!own) return [];
  return oversees(own.kind) ? [own, ...bodiesBelow(reference, own.code)] : [own];
}

const readOversight = { th: 'ดูสถิติของหน่วยงานในกำกับดูแล', en: 'read the statistics of the bodies overseen' };

/**
 * Contract, `organisationStatistics`: an OVERSEER of a DISTRICT, PROVINCE or NATIONAL body reads
 * the figures of any body below their own, at any depth, with the bodies below it (a district's
 * are its own and its municipalities'); with their own body's code the sum of all of them (the
 * national figures of a NATIONAL body); any other body is FORBIDDEN. The bodies whose rollups are
 * counted.
 */
export function overseenBodies(reference: Pick<ReferenceData, 'organisations'>, user: SessionUser, target: string): string[] {
  const own = reference.organisations.find((body) => body.code === user.organisationCode);
  if (!hasRole(user, Role.OVERSEER) || !own || !oversees(own.kind)) throw forbidden(readOversight.th, readOversight.en);
  const below = bodiesBelow(reference, own.code).map((body) => body.code);
  if (target === own.code) return below;
  if (!below.includes(target)) {
    throw forbidden(`ดูสถิติของหน่วยงาน ${target} ซึ่งไม่อยู่ในกำกับดูแลของท่าน`, `read the statistics of ${target}, which you do not oversee`);
  }
  // An oversight body below (a district under a province) counts with the bodies below it.
  return [target, ...bodiesBelow(reference, target).map((body) => body.code)];
}
