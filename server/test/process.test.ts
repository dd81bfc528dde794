import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { signedIn } from './graphql-client.js';
import { prerequisitesMet } from './prerequisites.js';

const main = new URL('../dist/main.js', import.meta.url).pathname;

/**
 * `npm start` as a user runs it: the built server, no DATABASE_URL, so an embedded PostgreSQL in
 * DATA_DIR, migrated and seeded with the demo organisation; SIGTERM drains and stops it all.
 */
describe.runIf(prerequisitesMet('the server process (npm start)', [!existsSync(main) && `${main} (npm run build)`]))(
  'the server process (npm start)',
  () => {
    it('starts on an embedded PostgreSQL with the demo users, and shuts down cleanly on SIGTERM', async () => {
      const dataDir = `/tmp/rongrian-start-${process.pid}`;
      await rm(dataDir, { recursive: true, force: true });
      const child = spawn(process.execPath, [main], {
        env: {
          ...process.env,
          DATABASE_URL: '',
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          NODE_ENV: 'production',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const logs: string[] = [];
      child.stderr.on('data', (chunk) => logs.push(String(chunk)));
      try {
        const url = await new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no start: ${logs.join('')}`)), 45_000);
          child.stdout.on('data', (chunk) => {
            logs.push(String(chunk));
            const match = /"url":"(http:\/\/[^"]+)"/.exec(logs.join(''));
            if (match) {
              clearTimeout(timer);
              resolve(match[1]);
            }
          });
          child.once('exit', (code) => reject(new Error(`exited with ${code}: ${logs.join('')}`)));
        });
        const center = await signedIn(url, 'center');
        expect((await center.ok(operation('Me'))).me.username).toBe('center');

        const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        expect(await exited).toBe(0);
        const lines = logs
          .join('')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line));
        expect(lines.some((line) => line.msg === 'database seeded' && line.referenceData === true && line.demoUsers === 5)).toBe(true);
        expect(lines.some((line) => line.msg === 'shutting down' && line.signal === 'SIGTERM')).toBe(true);
      } finally {
        child.kill('SIGKILL');
        await rm(dataDir, { recursive: true, force: true });
      }
    }, 60_000);
  },
);
