/**
 * The statements a request sends, as PostgreSQL receives them (text and parameters), to replay
 * them bare through `pg` as a benchmark's raw baseline. Every client of the process goes through
 * `pg.Client.prototype.query`: install before the app opens its pool (its connections bind the
 * method when they connect, db/mikro-orm.config.ts).
 */
import pg from 'pg';

export interface Statement {
  text: string;
  values: unknown[];
}

let capturing: Statement[] | null = null;

export function installStatementCapture(): void {
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [config, values] = args as [unknown, unknown];
    if (capturing && typeof config === 'string') capturing.push({ text: config, values: Array.isArray(values) ? values : [] });
    else if (capturing && config && typeof config === 'object' && 'text' in config) {
      const query = config as { text: string; values?: unknown[] };
      capturing.push({ text: query.text, values: query.values ?? (Array.isArray(values) ? values : []) });
    }
    return original.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

/** The statements sent while `run` runs (nothing else may run meanwhile). */
export async function captureStatements(run: () => Promise<unknown>): Promise<Statement[]> {
  capturing = [];
  try {
    await run();
    return capturing;
  } finally {
    capturing = null;
  }
}
