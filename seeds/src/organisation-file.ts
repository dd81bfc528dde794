/**
 * The set-up file of one body (contract, "Release 2" → "Setting up a body that is not the demo"):
 * what `npm run setup -- --file <organisation.json>` and the first-run page create. The server checks
 * it (server/src/modules/organisation/organisation-file.ts); this is its shape.
 */
export interface OrganisationFile {
  organisation: {
    /** Stable code, capital letters, digits and _, e.g. NONG_KHAE_TM. */
    code: string;
    nameTh: string;
    nameEn: string;
    kind: 'SAO' | 'MUNICIPALITY' | 'PAO' | 'CITY' | 'DISTRICT' | 'PROVINCE' | 'NATIONAL';
    address: string;
    phone: string;
    website?: string | null;
    facebook?: string | null;
    /** The letter code in "ที่" of its letters, e.g. "สบ 71501" (issue 14). */
    officeCode?: string | null;
    fax?: string | null;
    email?: string | null;
    parentCode?: string | null;
  };
  /** The standard channels this body uses, with its own contact; omitted: all eight. */
  channels?: { code: string; contact?: string | null }[];
  /** Must include PALAD, home of the Center. */
  divisions: { code: string; nameTh: string; nameEn: string }[];
  officials?: { fullName: string; position: string; division: string }[];
  /** Who signs which documents; omitted: the signature lines name the position only. */
  signers?: { document: string; name: string; position: string; onBehalfOf?: string }[];
  /** The first administrator; the password is final and meets the password rules. */
  admin: { username: string; displayName: string; password: string };
}
