/**
 * npm run bench:audit — appends 100,000 audit entries to the hash chain, then times the chain's
 * verification (recomputing every hash and link) next to a plain scan of the same rows.
 */
import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { createLogger } from '../src/logger.js';
import { appendAudit, verifyAuditChain } from '../src/modules/audit/audit.service.js';
import { reportRows } from './bench-result.js';

const logger = createLogger('warn');
const dataDir = `/tmp/rongrian-bench-audit-${process.pid}`;
const database = await startEmbeddedPostgres({ dataDir, port: 0, database: 'rongrian', logger, ephemeral: true });
try {
  const orm = await MikroORM.init(ormConfig({ databaseUrl: database.url }));
  await orm.migrator.up();
  const em = orm.em.fork();
  const started = performance.now();
  for (let batch = 0; batch < 100; batch++) {
    await appendAudit(
      em,
      Array.from({ length: 1_000 }, (_, i) => ({
        actorId: null,
        actor: 'center',
        action: 'RegisterComplaint',
        target: `complaint-${batch}-${i}`,
        outcome: 'OK',
        data: { variables: { input: { registerNumber: `${batch}/${i}` } } },
        requestId: `${batch}-${i}`,
        ip: '127.0.0.1',
      })),
    );
  }
  const appended = performance.now() - started;
  const times: number[] = [];
  let check;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    check = await verifyAuditChain(em);
    times.push(performance.now() - t);
  }
  const scans: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await em.getConnection().execute(`select count(*), max(length(data::text)) from audit_entry`);
    scans.push(performance.now() - t);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[2];
  console.log(
    `appended ${check!.entries.toLocaleString('en')} entries in ${(appended / 1000).toFixed(1)} s (${(appended / check!.entries).toFixed(3)} ms each, batches of 1,000)`,
  );
  console.log(
    `verify the whole chain (median of 5): ${median(times).toFixed(0)} ms; plain scan of the same rows: ${median(scans).toFixed(0)} ms; ratio ${(median(times) / median(scans)).toFixed(1)}×`,
  );
  console.log(`chain ${check!.firstBrokenId ? `BROKEN at ${check!.firstBrokenId}` : 'whole'}, head ${check!.head}`);
  reportRows([
    {
      benchmark: `audit chain: verify ${check!.entries.toLocaleString('en')} entries (median of 5)`,
      measured: `${median(times).toFixed(0)} ms (${check!.firstBrokenId ? 'BROKEN' : 'whole'})`,
      baseline: `${median(scans).toFixed(0)} ms (a plain scan of the same rows)`,
      ratio: median(times) / median(scans),
      goal: '—',
      met: null,
    },
  ]);
  await orm.close(true);
} finally {
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
