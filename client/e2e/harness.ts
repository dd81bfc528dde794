import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

// What every browser test needs: the built server on a fresh embedded database of its own, and
// Debian's Chromium (never a downloaded browser). Needs `npm run build` (`npm ci` does it).
export const clientDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const resultsDir = join(clientDir, 'test-results');
const serverMain = resolve(clientDir, '../server/dist/main.js');
const chromiumPath = '/usr/bin/chromium';

/** What is missing to run the browser tests here; CI runs every suite, so there it fails instead of skipping. */
export const missing = [
  !existsSync(serverMain) && `${serverMain} (run \`npm run build\`)`,
  !existsSync(join(clientDir, 'dist/index.html')) && 'client/dist (run `npm run build -w client`)',
  !existsSync(chromiumPath) && `${chromiumPath} (apt-get install -y chromium)`,
].filter(Boolean);
if (missing.length > 0) {
  if (process.env.CI) throw new Error(`[e2e] missing ${missing.join(', ')}: CI runs every suite, so it may not be skipped`);
  console.warn(`[e2e] skipped: missing ${missing.join(', ')}`);
}

export interface E2eServer {
  url: string;
  /** Every JSON line the server logged so far (the first-run token is one of them). */
  log: Record<string, unknown>[];
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Runs on the new DATA_DIR before the app starts, with the app's environment (e.g. `npm run setup`, which needs the app stopped). */
  prepare?: (env: NodeJS.ProcessEnv) => void;
}

/** `npm start`'s process on a new DATA_DIR (`name` keeps the folders of parallel files apart), as in production. */
export function startServer(name: string, env: Record<string, string> = {}, options: StartOptions = {}): Promise<E2eServer> {
  const dataDir = `/tmp/rongrian-e2e-${name}-${process.pid}`;
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    JOBS: 'false',
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
    ...env,
  };
  options.prepare?.(serverEnv);
  const child: ChildProcess = spawn(process.execPath, [serverMain], {
    env: serverEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const log: Record<string, unknown>[] = [];
  child.stderr!.on('data', (chunk) => lines.push(String(chunk)));
  async function stop() {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  return new Promise((resolveServer, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${lines.join('')}`)), 90_000);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${lines.join('')}`)));
    let announced = false;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      try {
        const entry = JSON.parse(line) as { url?: string };
        log.push(entry);
        // The app logs its URL once it listens (after it printed any first-run token).
        if (entry.url && !announced) {
          announced = true;
          clearTimeout(timer);
          resolveServer({ url: entry.url.replace(/\/$/, ''), log, stop });
        }
      } catch {
        // Not a JSON log line.
      }
    });
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The demo users' password (the embedded default seeds them). */
export const demoPassword = 'rongrian-demo';

/** A user's session over plain HTTP (the contract's API), beside the browser: answers a function that runs one operation. */
export async function apiSession(baseUrl: string, username: string, password = demoPassword) {
  const signIn = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { username, password } },
    }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
}
