import { OptionalProps, PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A day government offices close (shared/domain/holidays-th.json, kept by administrators). */
@Entity({ tableName: 'holiday' })
export class Holiday {
  [PrimaryKeyProp]?: 'date';
  [OptionalProps]?: 'nameEn' | 'kind' | 'status';

  /** YYYY-MM-DD in the organisation's time zone. */
  @PrimaryKey({ type: 'date' })
  date!: string;

  @Property({ type: 'text' })
  nameTh!: string;

  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  /** REGULAR, SUBSTITUTE, SPECIAL, GOVERNMENT_ONLY or LOCAL_ORDER. */
  @Property({ type: 'text' })
  kind: string = 'REGULAR';

  /** PROVISIONAL until the Cabinet announces the year's list, then CONFIRMED. */
  @Property({ type: 'text' })
  status: string = 'CONFIRMED';
}
