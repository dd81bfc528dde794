import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/db/embedded-postgres.js';
import { operation } from './contract.js';
import { signedIn } from './graphql-client.js';
import { alive, lockedPid, spawnServer, type ServerProcess } from './server-process.js';

const dataDir = `/tmp/rongrian-restart-${process.pid}`;
const children: ServerProcess[] = [];

const start = (env: Record<string, string> = {}) => {
  const server = spawnServer({ DATA_DIR: dataDir, ...env });
  children.push(server);
  return server;
};

afterAll(async () => {
  for (const server of children) server.child.kill('SIGTERM');
  await Promise.all(children.map((server) => server.exited));
  const orphan = lockedPid(dataDir);
  if (orphan && alive(orphan)) process.kill(orphan, 'SIGINT');
  await rm(dataDir, { recursive: true, force: true });
});

/**
 * Issue 9, item 11: after a SIGKILL of the server, its embedded PostgreSQL ran on and held the data
 * directory, and every later `npm start` exited printing only `undefined`.
 */
describe('starting again after a crash (issue 9, item 11)', () => {
  it('stops the PostgreSQL a killed server left running, by its recorded PID, and starts', async () => {
    const first = start();
    await first.started;
    const orphan = lockedPid(dataDir)!;
    expect(alive(orphan)).toBe(true);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(alive(orphan)).toBe(true); // what the crash leaves: the postmaster, still holding the directory

    const second = start();
    const url = await second.started;
    expect(alive(orphan)).toBe(false);
    const postmaster = lockedPid(dataDir)!;
    expect(postmaster).not.toBe(orphan);
    expect(second.output()).toContain('an embedded PostgreSQL left running by an earlier process holds the data directory; stopping it');
    const center = await signedIn(url, 'center');
    expect((await center.ok(operation('Me'))).me.username).toBe('center');

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(alive(postmaster)).toBe(false);
  }, 120_000);

  it('never signals a live process that merely reuses the PID of a stale lock file, and starts', async () => {
    // A process of the postgres user, as another cluster on the machine would be: PostgreSQL itself
    // takes a lock naming it for a live postmaster and refuses to start.
    const root = process.getuid?.() === 0;
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    const bystander = spawn('sleep', ['120'], { ...(root ? { uid: id('-u'), gid: id('-g') } : {}), stdio: 'ignore' });
    try {
      writeFileSync(`${dataDir}/postmaster.pid`, `${bystander.pid}\n${dataDir}\n`);
      const server = start();
      await server.started;
      expect(alive(bystander.pid!)).toBe(true);
      expect(bystander.signalCode).toBeNull();
      expect(lockedPid(dataDir)).not.toBe(bystander.pid);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      bystander.kill('SIGKILL');
    }
  }, 120_000);

  it('prints the cause of a failed start and exits non-zero', async () => {
    // Another program holds the port the embedded PostgreSQL is told to use.
    const port = await freePort();
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      const server = start({ EMBEDDED_PG_PORT: String(port) });
      expect(await server.exited).toBe(1);
      const output = server.output();
      expect(output).toContain(`Rongrian did not start: the embedded PostgreSQL in ${dataDir} did not start: it exited with code 1`);
      expect(output).toContain('Address already in use');
      // At the default log level (info): a fatal entry.
      const fatal = output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line))
        .find((line) => line.level === 60);
      expect(fatal?.msg).toContain('Address already in use');
    } finally {
      squatter.close();
    }
  }, 120_000);
});
