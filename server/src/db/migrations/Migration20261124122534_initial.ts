import { Migration } from '@mikro-orm/migrations';

export class Migration20261124122534_initial extends Migration {
  override name = 'Migration20261124122534_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "channel" ("code" text not null, "name_th" text not null, "name_en" text not null, "position" smallint not null, primary key ("code"));`,
    );

    this.addSql(
      `create table "division" ("code" text not null, "name_th" text not null, "name_en" text not null, "position" smallint not null, primary key ("code"));`,
    );

    this.addSql(
      `create table "holiday" ("date" date not null, "name_th" text not null, "name_en" text null, "kind" text not null default 'REGULAR', "status" text not null default 'CONFIRMED', primary key ("date"));`,
    );

    this.addSql(
      `create table "official" ("id" uuid not null, "full_name" text not null, "position" text not null, "division_code" text not null, primary key ("id"));`,
    );

    this.addSql(
      `create table "organisation" ("code" text not null, "name_th" text not null, "name_en" text not null, "address" text not null, "time_zone" text not null, "office_hours" jsonb not null, primary key ("code"));`,
    );

    this.addSql(`create table "receipt_counter" ("year" smallint not null, "last_number" int not null, primary key ("year"));`);

    this.addSql(
      `create table "app_user" ("id" uuid not null, "username" text not null, "display_name" text not null, "password_hash" text not null, "roles" text[] not null, "division_code" text null, "official_id" uuid null, "active" boolean not null default true, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`alter table "app_user" add constraint "app_user_official_id_unique" unique ("official_id");`);

    this.addSql(
      `create table "session" ("token_hash" text not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, primary key ("token_hash"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(
      `create table "complaint" ("id" uuid not null, "receipt_year" smallint not null, "receipt_seq" int not null, "stage" text not null default 'RECEIVED', "version" int not null default 1, "received_at" timestamptz not null, "channel_code" text not null, "subject" text not null, "details" text not null, "requested_action" text null, "incident_at" timestamptz null, "incident_place" text null, "anonymous" boolean not null, "has_contact" boolean not null, "register_number" text null, "center_register_number" text null, "decision" text null, "not_accepted_reason" text null, "order_note" text null, "outcome" text null, "findings" text null, "last_event_at" timestamptz not null, "recorded_by_id" uuid null, "recorded_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "complaint_stage_received_at_index" on "complaint" ("stage", "received_at");`);
    this.addSql(`create index "complaint_received_at_index" on "complaint" ("received_at");`);
    this.addSql(
      `alter table "complaint" add constraint "complaint_receipt_year_receipt_seq_unique" unique ("receipt_year", "receipt_seq");`,
    );

    this.addSql(
      `create table "notice" ("id" uuid not null, "complaint_id" uuid not null, "kind" text not null, "method" text not null, "sent_at" timestamptz not null, "recorded_by_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "notice_complaint_id_sent_at_index" on "notice" ("complaint_id", "sent_at");`);

    this.addSql(
      `create table "evidence" ("complaint_id" uuid not null, "position" smallint not null, "description" text not null, "copies" smallint not null default 1, primary key ("complaint_id", "position"));`,
    );

    this.addSql(
      `create table "complaint_unit" ("complaint_id" uuid not null, "division_code" text not null, primary key ("complaint_id", "division_code"));`,
    );
    this.addSql(`create index "complaint_unit_division_code_complaint_id_index" on "complaint_unit" ("division_code", "complaint_id");`);

    this.addSql(
      `create table "complaint_event" ("id" bigserial primary key, "complaint_id" uuid not null, "kind" text not null, "at" timestamptz not null, "recorded_at" timestamptz not null default now(), "actor_id" uuid null, "data" jsonb not null);`,
    );
    this.addSql(`create index "complaint_event_complaint_id_at_index" on "complaint_event" ("complaint_id", "at");`);

    this.addSql(
      `create table "complainant" ("complaint_id" uuid not null, "full_name" text not null, "age" smallint null, "house_number" text null, "moo" text null, "tambon" text null, "amphoe" text null, "changwat" text null, "postcode" text null, "phone" text null, "email" text null, primary key ("complaint_id"));`,
    );

    this.addSql(
      `create table "committee" ("id" uuid not null, "complaint_id" uuid not null, "order_number" text not null, "appointed_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "committee" add constraint "committee_complaint_id_unique" unique ("complaint_id");`);

    this.addSql(
      `create table "committee_member" ("committee_id" uuid not null, "position" smallint not null, "full_name" text not null, "role" text not null, "official_id" uuid null, primary key ("committee_id", "position"));`,
    );

    this.addSql(
      `create table "accused" ("complaint_id" uuid not null, "position" smallint not null, "official_id" uuid null, "full_name" text null, "official_position" text null, "unit" text null, primary key ("complaint_id", "position"));`,
    );
    this.addSql(`create index "accused_official_id_index" on "accused" ("official_id");`);

    this.addSql(
      `alter table "official" add constraint "official_division_code_foreign" foreign key ("division_code") references "division" ("code");`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_division_code_foreign" foreign key ("division_code") references "division" ("code") on delete set null;`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_official_id_foreign" foreign key ("official_id") references "official" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_roles_known" check (roles <@ array['ADMIN', 'CENTER_OFFICER', 'COMMANDER', 'DIVISION_OFFICER', 'EXECUTIVE', 'AUDITOR']::text[]);`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "complaint" add constraint "complaint_channel_code_foreign" foreign key ("channel_code") references "channel" ("code");`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(`alter table "complaint" add constraint "complaint_version_positive" check (version >= 1);`);
    this.addSql(
      `alter table "complaint" add constraint "complaint_stage_check" check ("stage" in ('RECEIVED', 'REGISTERED', 'AWAITING_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'FACT_FINDING', 'COMMITTEE', 'RESOLVED', 'CLOSED'));`,
    );
    this.addSql(`alter table "complaint" add constraint "complaint_decision_check" check ("decision" in ('ACCEPT', 'NOT_ACCEPT'));`);
    this.addSql(
      `alter table "complaint" add constraint "complaint_not_accepted_reason_check" check ("not_accepted_reason" in ('ANONYMOUS_WITHOUT_EVIDENCE', 'BEFORE_COURT', 'OTHER_AGENCY', 'PRIVATE_DISPUTE', 'INSUFFICIENT_INFORMATION', 'OTHER'));`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_outcome_check" check ("outcome" in ('SUBSTANTIATED', 'UNSUBSTANTIATED', 'REFERRED'));`,
    );

    this.addSql(
      `alter table "notice" add constraint "notice_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "notice" add constraint "notice_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "notice" add constraint "notice_kind_check" check ("kind" in ('ACKNOWLEDGEMENT', 'PROGRESS', 'RESULT', 'NOT_ACCEPTED'));`,
    );
    this.addSql(
      `alter table "notice" add constraint "notice_method_check" check ("method" in ('LETTER', 'EMAIL', 'IN_PERSON', 'TRACKING_PAGE'));`,
    );

    this.addSql(
      `alter table "evidence" add constraint "evidence_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete cascade;`,
    );
    this.addSql(`alter table "evidence" add constraint "evidence_copies_positive" check (copies >= 1);`);

    this.addSql(
      `alter table "complaint_unit" add constraint "complaint_unit_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "complaint_unit" add constraint "complaint_unit_division_code_foreign" foreign key ("division_code") references "division" ("code") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "complaint_event" add constraint "complaint_event_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id");`,
    );
    this.addSql(
      `alter table "complaint_event" add constraint "complaint_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "complaint_event" add constraint "complaint_event_kind_check" check ("kind" in ('RECEIVED', 'REGISTERED', 'SUBMITTED_FOR_ORDER', 'ORDERED', 'NOT_ACCEPTED', 'DISTRIBUTED', 'COMMITTEE_APPOINTED', 'RESOLVED', 'NOTICE_SENT', 'CLOSED'));`,
    );

    this.addSql(
      `alter table "complainant" add constraint "complainant_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "committee" add constraint "committee_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "committee_member" add constraint "committee_member_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "committee_member" add constraint "committee_member_official_id_foreign" foreign key ("official_id") references "official" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "committee_member" add constraint "committee_member_role_check" check ("role" in ('CHAIR', 'MEMBER', 'SECRETARY'));`,
    );

    this.addSql(
      `alter table "accused" add constraint "accused_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "accused" add constraint "accused_official_id_foreign" foreign key ("official_id") references "official" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "accused" add constraint "accused_named" check (coalesce(official_id::text, full_name, official_position, unit) is not null);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "complaint" drop constraint "complaint_channel_code_foreign";`);
    this.addSql(`alter table "official" drop constraint "official_division_code_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_division_code_foreign";`);
    this.addSql(`alter table "complaint_unit" drop constraint "complaint_unit_division_code_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_official_id_foreign";`);
    this.addSql(`alter table "committee_member" drop constraint "committee_member_official_id_foreign";`);
    this.addSql(`alter table "accused" drop constraint "accused_official_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "complaint" drop constraint "complaint_recorded_by_id_foreign";`);
    this.addSql(`alter table "notice" drop constraint "notice_recorded_by_id_foreign";`);
    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_actor_id_foreign";`);
    this.addSql(`alter table "notice" drop constraint "notice_complaint_id_foreign";`);
    this.addSql(`alter table "evidence" drop constraint "evidence_complaint_id_foreign";`);
    this.addSql(`alter table "complaint_unit" drop constraint "complaint_unit_complaint_id_foreign";`);
    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_complaint_id_foreign";`);
    this.addSql(`alter table "complainant" drop constraint "complainant_complaint_id_foreign";`);
    this.addSql(`alter table "committee" drop constraint "committee_complaint_id_foreign";`);
    this.addSql(`alter table "accused" drop constraint "accused_complaint_id_foreign";`);
    this.addSql(`alter table "committee_member" drop constraint "committee_member_committee_id_foreign";`);

    this.addSql(`drop table if exists "channel" cascade;`);
    this.addSql(`drop table if exists "division" cascade;`);
    this.addSql(`drop table if exists "holiday" cascade;`);
    this.addSql(`drop table if exists "official" cascade;`);
    this.addSql(`drop table if exists "organisation" cascade;`);
    this.addSql(`drop table if exists "receipt_counter" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "complaint" cascade;`);
    this.addSql(`drop table if exists "notice" cascade;`);
    this.addSql(`drop table if exists "evidence" cascade;`);
    this.addSql(`drop table if exists "complaint_unit" cascade;`);
    this.addSql(`drop table if exists "complaint_event" cascade;`);
    this.addSql(`drop table if exists "complainant" cascade;`);
    this.addSql(`drop table if exists "committee" cascade;`);
    this.addSql(`drop table if exists "committee_member" cascade;`);
    this.addSql(`drop table if exists "accused" cascade;`);
  }
}
