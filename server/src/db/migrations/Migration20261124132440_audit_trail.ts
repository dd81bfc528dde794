import { Migration } from '@mikro-orm/migrations';

export class Migration20261124132440_audit_trail extends Migration {
  override name = 'Migration20261124132440_audit_trail';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_id" uuid null, "actor" text null, "action" text not null, "target" text null, "outcome" text not null, "data" jsonb not null, "request_id" text null, "ip" text null, "prev_hash" text not null, "hash" text not null);`,
    );
    this.addSql(`create index "audit_entry_target_index" on "audit_entry" ("target");`);

    this.addSql(
      `create or replace function "audit_entry_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "append_only" BEFORE UPDATE OR DELETE on "audit_entry" for each ROW execute function "audit_entry_append_only_fn"();`,
    );

    // Written by hand: the schema differ sees neither TRUNCATE triggers nor functions.
    this.addSql(
      `create trigger "no_truncate" BEFORE TRUNCATE on "audit_entry" for each STATEMENT execute function "audit_entry_append_only_fn"();`,
    );
    // The hash of an entry: its fields and the previous entry's hash, in a form that does not
    // depend on the session (UTC instants, jsonb's canonical text).
    this.addSql(`
      create function audit_entry_hash(id bigint, at timestamptz, actor_id uuid, actor text, action text, target text,
                                       outcome text, data jsonb, request_id text, ip text, prev_hash text)
      returns text language sql immutable as \$\$
        select encode(sha256(convert_to(format('%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s', id,
          to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), actor_id, actor, action, target, outcome,
          data::text, request_id, ip, prev_hash), 'UTF8')), 'hex')
      \$\$;`);
    // Appends entries to the chain. The advisory lock makes concurrent writers (any process) take
    // turns, so each entry chains from the one committed before it.
    this.addSql(`
      create function audit_append(entries jsonb) returns void language plpgsql as \$\$
      declare
        entry jsonb;
        previous text;
        new_id bigint;
        new_at timestamptz;
      begin
        perform pg_advisory_xact_lock(hashtext('rongrian.audit_chain'));
        select hash into previous from audit_entry order by id desc limit 1;
        previous := coalesce(previous, repeat('0', 64));
        for entry in select value from jsonb_array_elements(entries) loop
          new_id := nextval(pg_get_serial_sequence('audit_entry', 'id'));
          new_at := clock_timestamp();
          insert into audit_entry (id, at, actor_id, actor, action, target, outcome, data, request_id, ip, prev_hash, hash)
          values (new_id, new_at, (entry->>'actorId')::uuid, entry->>'actor', entry->>'action', entry->>'target',
                  entry->>'outcome', coalesce(entry->'data', '{}'::jsonb), entry->>'requestId', entry->>'ip', previous,
                  audit_entry_hash(new_id, new_at, (entry->>'actorId')::uuid, entry->>'actor', entry->>'action',
                    entry->>'target', entry->>'outcome', coalesce(entry->'data', '{}'::jsonb), entry->>'requestId',
                    entry->>'ip', previous))
          returning hash into previous;
        end loop;
      end;
      \$\$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function audit_append(jsonb);`);
    this.addSql(`drop function audit_entry_hash(bigint, timestamptz, uuid, text, text, text, text, jsonb, text, text, text);`);
    this.addSql(`drop trigger if exists "no_truncate" on "audit_entry";`);
    this.addSql(`drop trigger if exists "append_only" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
  }
}
