import { PrimaryKeyProp, type Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export interface OfficeHoursRow {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: string;
  closes: string;
}

/** The local government body running this installation (one row). */
@Entity({ tableName: 'organisation' })
export class Organisation {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  nameTh!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'text' })
  address!: string;

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
