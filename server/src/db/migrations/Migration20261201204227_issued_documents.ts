import { Migration } from '@mikro-orm/migrations';

export class Migration20261201204227_issued_documents extends Migration {

  override name = 'Migration20261201204227_issued_documents';

  override up(): void | Promise<void> {
    this.addSql(`create table "issued_document" ("id" uuid not null, "organisation_code" text not null default rongrian_current_organisation(), "kind" text not null, "subject" text not null, "edition" smallint not null default 1, "complaint_id" uuid null, "number" text null, "title" text not null, "file_name" text not null, "html" text not null, "html_sha256" text not null, "pdf" bytea null, "pdf_sha256" text null, "issued_at" timestamptz not null default now(), "issued_by_id" uuid null, "supersedes_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "issued_document_complaint_id_issued_at_index" on "issued_document" ("complaint_id", "issued_at");`);
    this.addSql(`alter table "issued_document" add constraint "issued_document_organisation_code_kind_subject_edition_unique" unique ("organisation_code", "kind", "subject", "edition");`);

    this.addSql(`alter table "organisation" add "office_code" text null, add "fax" text null, add "email" text null;`);

    this.addSql(`alter table "notice" add "paragraphs" jsonb null;`);

    this.addSql(`alter table "issued_document" add constraint "issued_document_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete cascade;`);
    this.addSql(`alter table "issued_document" add constraint "issued_document_issued_by_id_foreign" foreign key ("issued_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "issued_document" add constraint "issued_document_supersedes_id_foreign" foreign key ("supersedes_id") references "issued_document" ("id") on delete set null;`);
    this.addSql(`alter table "issued_document" add constraint "issued_document_edition_positive" check (edition >= 1);`);
    this.addSql(`alter table "issued_document" add constraint "issued_document_kind_check" check ("kind" in ('RECEIPT_SLIP', 'COMPLAINT_FORM', 'NOTICE_LETTER', 'REFERRAL_LETTER', 'STATISTICS_REPORT', 'COMMITTEE_ORDER', 'SUMMARY_REPORT'));`);
    this.addSql(`create or replace function "issued_document_unchanged_fn"() returns trigger as \$\$ begin if (new.id, new.organisation_code, new.kind, new.subject, new.edition, new.complaint_id, new.number, new.title,
      new.file_name, new.html, new.html_sha256, new.issued_at)
     is distinct from
     (old.id, old.organisation_code, old.kind, old.subject, old.edition, old.complaint_id, old.number, old.title,
      old.file_name, old.html, old.html_sha256, old.issued_at)
     or (old.pdf is not null and (new.pdf is distinct from old.pdf or new.pdf_sha256 is distinct from old.pdf_sha256)) then
    raise exception 'an issued document never changes (issue 14)' using errcode = 'check_violation';   end if;   return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "unchanged" BEFORE UPDATE on "issued_document" for each ROW execute function "issued_document_unchanged_fn"();`);
    this.addSql(`alter table "issued_document" enable row level security;`);
    this.addSql(`create policy "body_rows" on "issued_document" using ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code]))) with check ((current_setting('rongrian.organisation'::text, true) = ANY (ARRAY['*'::text, organisation_code])));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "issued_document" drop constraint "issued_document_supersedes_id_foreign";`);

    this.addSql(`drop trigger if exists "unchanged" on "issued_document";`);
    this.addSql(`drop function if exists "issued_document_unchanged_fn"();`);
    this.addSql(`drop table if exists "issued_document" cascade;`);

    this.addSql(`alter table "notice" drop column "paragraphs";`);

    this.addSql(`alter table "organisation" drop column "office_code", drop column "fax", drop column "email";`);
  }

}
