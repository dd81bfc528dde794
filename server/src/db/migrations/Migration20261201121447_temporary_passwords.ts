import { Migration } from '@mikro-orm/migrations';

export class Migration20261201121447_temporary_passwords extends Migration {
  override name = 'Migration20261201121447_temporary_passwords';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add "must_change_password" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop column "must_change_password";`);
  }
}
