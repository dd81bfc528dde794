import { Migration } from '@mikro-orm/migrations';

export class Migration20261201075637_accused_official_link extends Migration {
  override name = 'Migration20261201075637_accused_official_link';

  override up(): void | Promise<void> {
    this.addSql(`alter table "accused" add "link" text null, add "not_official_ids" uuid[] not null default '{}';`);
    this.addSql(`alter table "accused" add constraint "accused_link_check" check (link in ('CHOSEN', 'SAME_NAME', 'PROBABLE'));`);

    // Written by hand (issue 9, item 4): accused linked before are the clerk's choice; an accused
    // named only by a name that is exactly one official's (titles, spaces and dots aside) is linked
    // to that official, so that the accused rule covers complaints recorded before the matching.
    this.addSql(`update "accused" set "link" = 'CHOSEN' where "official_id" is not null;`);
    this.addSql(`
      with written as (
        select complaint_id, position,
               regexp_replace(regexp_replace(lower(normalize(full_name, NFKC)), '^(นางสาว|นาง|นาย|น\\.ส\\.)', ''), '[[:space:].]', '', 'g') as name
          from "accused" where "official_id" is null and full_name is not null
      ), officials as (
        select id, regexp_replace(regexp_replace(lower(normalize(full_name, NFKC)), '^(นางสาว|นาง|นาย|น\\.ส\\.)', ''), '[[:space:].]', '', 'g') as name
          from "official"
      ), matched as (
        select w.complaint_id, w.position, min(o.id::text)::uuid as official_id
          from written w join officials o on o.name = w.name and o.name <> ''
         group by w.complaint_id, w.position having count(*) = 1
      )
      update "accused" a set "official_id" = m.official_id, "link" = 'SAME_NAME'
        from matched m where a.complaint_id = m.complaint_id and a.position = m.position;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "accused" drop constraint "accused_link_check";`);
    this.addSql(`alter table "accused" drop column "link", drop column "not_official_ids";`);
  }
}
