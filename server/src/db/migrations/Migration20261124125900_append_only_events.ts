import { Migration } from '@mikro-orm/migrations';

/**
 * The complaint history is append-only (workflow.md: "a correction is a new event, never an edit of
 * an old one"), enforced by PostgreSQL itself whatever the application does.
 */
export class Migration20261124125900_append_only_events extends Migration {
  override name = 'Migration20261124125900_append_only_events';

  override up(): void {
    this.addSql(`
      create function complaint_event_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'complaint_event is append-only: % refused', tg_op
          using errcode = 'insufficient_privilege';
      end;
      $$;`);
    this.addSql(`
      create trigger complaint_event_append_only
        before update or delete on complaint_event
        for each row execute function complaint_event_append_only();`);
    this.addSql(`
      create trigger complaint_event_no_truncate
        before truncate on complaint_event
        for each statement execute function complaint_event_append_only();`);
  }

  override down(): void {
    this.addSql(`drop trigger complaint_event_no_truncate on complaint_event;`);
    this.addSql(`drop trigger complaint_event_append_only on complaint_event;`);
    this.addSql(`drop function complaint_event_append_only();`);
  }
}
