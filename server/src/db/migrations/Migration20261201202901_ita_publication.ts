import { Migration } from '@mikro-orm/migrations';

export class Migration20261201202901_ita_publication extends Migration {

  override name = 'Migration20261201202901_ita_publication';

  override up(): void | Promise<void> {
    this.addSql(`create table "ita_publication" ("id" uuid not null, "organisation_code" text not null default rongrian_current_organisation(), "page" text not null, "fiscal_year" smallint not null, "format" text not null, "bytes" bytea not null, "sha256" text not null, "source_sha256" text not null, "first_published_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`alter table "ita_publication" add constraint "ita_publication_source_key" unique ("organisation_code", "page", "fiscal_year", "format", "source_sha256");`);
    this.addSql(`alter table "ita_publication" add constraint "ita_publication_version_key" unique ("organisation_code", "page", "fiscal_year", "format", "sha256");`);

    this.addSql(`alter table "ita_publication" add constraint "ita_publication_format_check" check (format in ('html', 'pdf'));`);
    this.addSql(`alter table "ita_publication" add constraint "ita_publication_page_check" check (page in ('O18', 'O19'));`);
    this.addSql(`alter table "ita_publication" enable row level security;`);
    this.addSql(`create policy "body_rows" on "ita_publication" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "ita_publication" cascade;`);
  }

}
