/**
 * npm run audit:verify — recomputes the audit trail's hash chain on the configured database
 * (DATABASE_URL, or the embedded one in DATA_DIR while no server runs on it) and names the first
 * broken entry. Exit 0 when the chain is whole, 1 when it is broken.
 */
import 'reflect-metadata';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { verifyAuditChain } from '../src/modules/audit/audit.service.js';

const config = { ...loadConfig(), seedDemo: false };
const database = await openDatabase(config, createLogger('warn'));
try {
  const check = await verifyAuditChain(database.orm.em.fork());
  console.log(JSON.stringify(check));
  console.log(
    check.firstBrokenId
      ? `audit chain BROKEN at entry ${check.firstBrokenId}`
      : `audit chain whole: ${check.entries} entries, head ${check.head}`,
  );
  process.exitCode = check.firstBrokenId ? 1 : 0;
} finally {
  await database.close();
}
