import { passwordRuleBroken } from '@rongrian/schema/input-rules';
import type { OrganisationKind } from '../../gql/graphql';

export interface DivisionRow {
  code: string;
  nameTh: string;
  nameEn: string;
}

/** The divisions most Thai local bodies have; the clerk edits the list before setting up. */
export const usualDivisions: DivisionRow[] = [
  { code: 'PALAD', nameTh: 'สำนักปลัด', nameEn: 'Office of the Permanent Secretary' },
  { code: 'FINANCE', nameTh: 'กองคลัง', nameEn: 'Finance Division' },
  { code: 'ENGINEERING', nameTh: 'กองช่าง', nameEn: 'Engineering Division' },
];

export const organisationKinds: OrganisationKind[] = ['SAO', 'MUNICIPALITY', 'PAO', 'CITY', 'DISTRICT', 'PROVINCE', 'NATIONAL'];

export interface FirstRunValues {
  organisation: {
    code: string;
    nameTh: string;
    nameEn: string;
    kind: OrganisationKind;
    address: string;
    phone: string;
    website: string;
    facebook: string;
  };
  divisions: DivisionRow[];
  admin: { username: string; displayName: string; password: string; confirmation: string };
}

export type FirstRunProblem = 'mismatch' | 'tooShort' | 'sameAsUsername';

/** What the page can tell before sending; everything else the server checks, naming each problem. */
export function firstRunProblem(values: FirstRunValues): FirstRunProblem | undefined {
  if (values.admin.password !== values.admin.confirmation) return 'mismatch';
  return passwordRuleBroken(values.admin.password, values.admin.username) ?? undefined;
}

/** The set-up file the form describes: the same file `npm run setup` takes (channels omitted: all eight). */
export function setUpFile(values: FirstRunValues): string {
  const { organisation, divisions, admin } = values;
  return JSON.stringify({
    organisation: {
      ...organisation,
      code: organisation.code.trim().toUpperCase(),
      website: organisation.website.trim() || null,
      facebook: organisation.facebook.trim() || null,
      parentCode: null,
    },
    divisions: divisions.map((division) => ({ ...division, code: division.code.trim().toUpperCase() })),
    admin: { username: admin.username.trim(), displayName: admin.displayName, password: admin.password },
  });
}
