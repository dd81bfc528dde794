import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 6: the application runs as the role `rongrian_app`, which may read and write the tables but
 * not UPDATE, DELETE or TRUNCATE the complaint history or the audit trail (the triggers refuse those
 * too, for anyone). Migrations keep running as the owner. Where the owner may not create roles (some
 * managed databases), the app keeps the owner's rights and only the triggers guard the two tables.
 */
export class Migration20261124140000_app_role extends Migration {
  override name = 'Migration20261124140000_app_role';

  override up(): void {
    this.addSql(`
      do $$ begin
        if not exists (select 1 from pg_roles where rolname = 'rongrian_app') then
          begin
            create role rongrian_app nologin;
          exception when insufficient_privilege then
            raise notice 'cannot create the role rongrian_app: the application keeps the owner''s rights';
            return;
          end;
        end if;
        execute format('grant rongrian_app to %I', current_user);
        grant usage on schema public to rongrian_app;
        grant select, insert, update, delete on all tables in schema public to rongrian_app;
        grant usage, select on all sequences in schema public to rongrian_app;
        grant execute on all functions in schema public to rongrian_app;
        revoke update, delete, truncate on complaint_event, audit_entry from rongrian_app;
        alter default privileges in schema public grant select, insert, update, delete on tables to rongrian_app;
        alter default privileges in schema public grant usage, select on sequences to rongrian_app;
        alter default privileges in schema public grant execute on functions to rongrian_app;
      end $$;`);
  }

  override down(): void {
    this.addSql(`
      do $$ begin
        if exists (select 1 from pg_roles where rolname = 'rongrian_app') then
          alter default privileges in schema public revoke all on tables from rongrian_app;
          alter default privileges in schema public revoke all on sequences from rongrian_app;
          alter default privileges in schema public revoke all on functions from rongrian_app;
          revoke all on all tables in schema public from rongrian_app;
          revoke all on all sequences in schema public from rongrian_app;
          revoke all on all functions in schema public from rongrian_app;
          revoke usage on schema public from rongrian_app;
        end if;
      end $$;`);
  }
}
