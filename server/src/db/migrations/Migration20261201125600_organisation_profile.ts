import { Migration } from '@mikro-orm/migrations';

export class Migration20261201125600_organisation_profile extends Migration {
  override name = 'Migration20261201125600_organisation_profile';

  override up(): void | Promise<void> {
    this.addSql(`alter table "channel" add "in_use" boolean not null default true, add "contact" text null;`);

    this.addSql(`alter table "official" add "left_on" date null;`);

    this.addSql(
      `alter table "organisation" add "kind" text not null default 'SAO', add "phone" text not null default '', add "website" text null, add "facebook" text null, add "parent_code" text null, add "emblem" bytea null, add "emblem_media_type" text null, add "signers" jsonb not null default '[]';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "channel" drop column "in_use", drop column "contact";`);

    this.addSql(`alter table "official" drop column "left_on";`);

    this.addSql(
      `alter table "organisation" drop column "kind", drop column "phone", drop column "website", drop column "facebook", drop column "parent_code", drop column "emblem", drop column "emblem_media_type", drop column "signers";`,
    );
  }
}
