import { sql } from '../../db/sql.js';
import { Role } from '../auth/role.js';

/** The roles that hold the complainants' identities: the organisation may require them a second factor. */
export const rolesRequiringSecondFactor: readonly Role[] = [Role.ADMIN, Role.CENTER_OFFICER];

/** The state sign-in and the session need: is it on, and must the user turn it on first. */
export interface SecondFactorFlags {
  secondFactorEnabled: boolean;
  mustEnrolSecondFactor: boolean;
}

/**
 * The two flags as SQL columns of the user `u` (session.service.ts reads them in its one statement
 * per request; sign-in reads them with the factor).
 */
export const secondFactorColumns = sql`
  exists (select 1 from second_factor f where f.user_id = u.id and f.confirmed_at is not null) as "secondFactorEnabled",
  (u.roles && ${rolesRequiringSecondFactor}::text[]
    and coalesce((select o.second_factor_required from organisation o where o.code = u.organisation_code), false)
    and not exists (select 1 from second_factor f where f.user_id = u.id and f.confirmed_at is not null)) as "mustEnrolSecondFactor"`;
