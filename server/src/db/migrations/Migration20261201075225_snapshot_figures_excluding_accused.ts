import { Migration } from '@mikro-orm/migrations';

export class Migration20261201075225_snapshot_figures_excluding_accused extends Migration {
  override name = 'Migration20261201075225_snapshot_figures_excluding_accused';

  override up(): void | Promise<void> {
    this.addSql(`alter table "report_snapshot" add "figures_excluding_accused" jsonb not null default '{}';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "report_snapshot" drop column "figures_excluding_accused";`);
  }
}
