import { Migration } from '@mikro-orm/migrations';

export class Migration20261124131358_outgoing_register extends Migration {
  override name = 'Migration20261124131358_outgoing_register';

  override up(): void | Promise<void> {
    this.addSql(`create table "outgoing_counter" ("year" smallint not null, "last_number" int not null, primary key ("year"));`);

    this.addSql(`alter table "notice" add "outgoing_number" text null;`);
    this.addSql(`alter table "notice" add constraint "notice_outgoing_number_unique" unique ("outgoing_number");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outgoing_counter" cascade;`);

    this.addSql(`alter table "notice" drop constraint "notice_outgoing_number_unique";`);
    this.addSql(`alter table "notice" drop column "outgoing_number";`);
  }
}
