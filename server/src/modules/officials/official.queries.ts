import { currentBody } from '../../db/organisation-scope.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rows, sql } from '../../db/sql.js';
import type { UserView } from '../auth/user.view.js';
import type { OfficialView } from './official.view.js';

interface OfficialRow {
  id: string;
  fullName: string;
  position: string;
  divisionCode: string;
  leftOn: string | null;
  user: UserView | null;
}

/** Officials with their accounts, in one statement. */
export async function findOfficials(em: EntityManager, ids?: readonly string[]): Promise<OfficialView[]> {
  const body = currentBody();
  const found = await rows<OfficialRow>(
    em,
    sql`select o.id, o.full_name as "fullName", o.position, o.division_code as "divisionCode", to_char(o.left_on, 'YYYY-MM-DD') as "leftOn",
               case when u.id is null then null else jsonb_build_object(
                 'id', u.id, 'username', u.username, 'displayName', u.display_name, 'roles', u.roles,
                 'divisionCode', u.division_code, 'officialId', u.official_id) end as "user"
          from official o
          left join app_user u on u.official_id = o.id
          join division d on d.organisation_code = o.organisation_code and d.code = o.division_code
         where ${ids ? sql`o.id = any(${ids}::uuid[])` : sql`true`}
           -- Issue 13: the caller's body's officials (row-level security is the second wall).
           and ${body === undefined ? sql`true` : sql`o.organisation_code = ${body}`}
         order by d.position, o.full_name`,
  );
  return found;
}
