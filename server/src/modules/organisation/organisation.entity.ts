import { OptionalProps, PrimaryKeyProp, type Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { policyOn } from '../../db/organisation-column.js';
import type { OrganisationKind } from './organisation-kind.js';
import type { SignedDocument } from './signed-document.js';

export interface OfficeHoursRow {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: string;
  closes: string;
}

/** Who signs one kind of document (issue 11: "letter signers"), printed under its signature line. */
export interface SignerRow {
  /** Which documents this signer signs. */
  document: SignedDocument;
  name: string;
  position: string;
  /** "ปฏิบัติราชการแทน นายก…" when the signer signs for the Chief Executive; empty otherwise. */
  onBehalfOf: string;
}

/** The local government body running this installation (one row), as its set-up file described it. */
@Entity({
  tableName: 'organisation',
  // Issue 13: a body's scope sees its own row; oversight reads the bodies below in the system's.
  policies: [policyOn('code')],
})
export class Organisation {
  [PrimaryKeyProp]?: 'code';
  [OptionalProps]?:
    'kind' | 'phone' | 'website' | 'facebook' | 'officeCode' | 'fax' | 'email' | 'parentCode' | 'emblem' | 'emblemMediaType' | 'signers';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  nameTh!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'text', default: 'SAO' })
  kind: OrganisationKind = 'SAO';

  @Property({ type: 'text' })
  address!: string;

  @Property({ type: 'text', default: '' })
  phone: string = '';

  @Property({ type: 'text', nullable: true })
  website: string | null = null;

  @Property({ type: 'text', nullable: true })
  facebook: string | null = null;

  /**
   * Issue 14, item 2: the body's letter code (รหัสตัวพยัญชนะและตัวเลขประจำส่วนราชการ, e.g. "สบ 71501"),
   * printed before the running number in "ที่" of its letters (ระเบียบงานสารบรรณ).
   */
  @Property({ type: 'text', nullable: true })
  officeCode: string | null = null;

  /** Issue 14, item 2: the fax number and e-mail at the foot of its letters (โทรสาร, ไปรษณีย์อิเล็กทรอนิกส์). */
  @Property({ type: 'text', nullable: true })
  fax: string | null = null;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  /** The oversight body above it (DISTRICT, PROVINCE, NATIONAL), by code, when it is set up. */
  @Property({ type: 'text', nullable: true })
  parentCode: string | null = null;

  /** The emblem printed on the letterhead (PNG or JPEG, as uploaded). */
  @Property({ type: 'blob', nullable: true, lazy: true })
  emblem: Buffer | null = null;

  @Property({ type: 'text', nullable: true })
  emblemMediaType: string | null = null;

  @Property({ type: 'json', default: '[]' })
  signers: SignerRow[] = [];

  /** Office time is computed in this zone (Asia/Bangkok for every Thai body). */
  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'json' })
  officeHours!: OfficeHoursRow[];

  /**
   * Issue 11, item 3 (ADMIN): ADMIN and CENTER_OFFICER accounts, which hold the complainants'
   * identities, must sign in with a second factor; until they turn it on they reach only their
   * enrolment (second-factor/second-factor.gate.ts).
   */
  @Property({ type: 'boolean', default: false })
  secondFactorRequired: boolean & Opt = false;
}
