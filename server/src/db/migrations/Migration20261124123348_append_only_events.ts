import { Migration } from '@mikro-orm/migrations';

export class Migration20261124123348_append_only_events extends Migration {
  override name = 'Migration20261124123348_append_only_events';

  override up(): void | Promise<void> {
    // Written by hand: the schema differ does not see TRUNCATE triggers, so the entity cannot declare it.
    this.addSql(
      `create or replace function "complaint_event_no_truncate_fn"() returns trigger as \$\$ begin raise exception 'complaint_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "no_truncate" BEFORE TRUNCATE on "complaint_event" for each STATEMENT execute function "complaint_event_no_truncate_fn"();`,
    );
    this.addSql(
      `create or replace function "complaint_event_append_only_fn"() returns trigger as \$\$ begin raise exception 'complaint_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "append_only" BEFORE UPDATE OR DELETE on "complaint_event" for each ROW execute function "complaint_event_append_only_fn"();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "no_truncate" on "complaint_event";`);
    this.addSql(`drop function if exists "complaint_event_no_truncate_fn"();`);
    this.addSql(`drop trigger if exists "append_only" on "complaint_event";`);
    this.addSql(`drop function if exists "complaint_event_append_only_fn"();`);
  }
}
