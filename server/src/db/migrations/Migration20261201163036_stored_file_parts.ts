import { Migration } from '@mikro-orm/migrations';

export class Migration20261201163036_stored_file_parts extends Migration {

  override name = 'Migration20261201163036_stored_file_parts';

  override up(): void | Promise<void> {
    this.addSql(`create table "stored_file_part" ("file_id" uuid not null, "seq" int not null, "bytes" bytea not null, "written_at" timestamptz not null default now(), primary key ("file_id", "seq"));`);

    // Files are mostly compressed already (photos, video, PDF): kept as they are, not compressed again.
    this.addSql(`alter table "stored_file_part" alter column "bytes" set storage external;`);
    // Issue 12, "Performance": the PostgreSQL store keeps a file in slices, written as the upload
    // arrives. The files stored whole so far become one slice each.
    this.addSql(`insert into "stored_file_part" ("file_id", "seq", "bytes", "written_at")
                 select "id", 0, "content", "uploaded_at" from "stored_file" where "content" is not null;`);
    this.addSql(`alter table "stored_file" drop constraint "stored_file_one_store";`);
    this.addSql(`alter table "stored_file" drop column "content";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "stored_file" add "content" bytea null;`);
    this.addSql(`update "stored_file" f set "content" = (select string_agg(p."bytes", ''::bytea order by p."seq")
                   from "stored_file_part" p where p."file_id" = f."id") where f."store_key" is null;`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_one_store" check ((content IS NULL) <> (store_key IS NULL));`);
    this.addSql(`drop table if exists "stored_file_part" cascade;`);
  }

}
