import { Migration } from '@mikro-orm/migrations';

export class Migration20261124131012_report_snapshots extends Migration {
  override name = 'Migration20261124131012_report_snapshots';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "report_snapshot" ("id" uuid not null, "fiscal_year" smallint not null, "quarter" smallint not null, "issued_at" timestamptz not null default now(), "issued_by_id" uuid null, "figures" jsonb not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "report_snapshot" add constraint "report_snapshot_fiscal_year_quarter_unique" unique ("fiscal_year", "quarter");`,
    );

    this.addSql(
      `alter table "report_snapshot" add constraint "report_snapshot_issued_by_id_foreign" foreign key ("issued_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(`alter table "report_snapshot" add constraint "report_snapshot_quarter_range" check (quarter >= 0 and quarter <= 4);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "report_snapshot" cascade;`);
  }
}
