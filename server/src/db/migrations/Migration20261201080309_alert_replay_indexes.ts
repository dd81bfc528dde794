import { Migration } from '@mikro-orm/migrations';

export class Migration20261201080309_alert_replay_indexes extends Migration {
  override name = 'Migration20261201080309_alert_replay_indexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "complaint_recorded_at_index" on "complaint" ("recorded_at");`);

    this.addSql(
      `create index "deadline_due_soon_alerted_index" on "deadline" ("due_soon_alerted_at") where due_soon_alerted_at is not null;`,
    );
    this.addSql(`create index "deadline_overdue_alerted_index" on "deadline" ("overdue_alerted_at") where overdue_alerted_at is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "complaint_recorded_at_index";`);

    this.addSql(`drop index "deadline_due_soon_alerted_index";`);
    this.addSql(`drop index "deadline_overdue_alerted_index";`);
  }
}
