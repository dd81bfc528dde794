/**
 * npm run bench:memory — the server's resident memory (RSS) before, during and after the hostile
 * load of test/hostile.test.ts (1,000+ documents over HTTP, 1,000+ over the WebSocket), measured on
 * the production start path: `npm start` (the built server, NODE_ENV=production, an embedded
 * PostgreSQL in a throwaway folder). Not part of `npm test`: it prints figures and asserts nothing.
 *
 *   baseline  RSS after sign-in and a warm-up of ordinary requests, then `--pause` seconds idle
 *   peak      the kernel's high-water mark of the RSS (VmHWM) during the load
 *   after     RSS once the load has stopped and the server idled for `--pause` seconds
 *
 * Issue 9, item 16: `after` should be within 20% of `baseline`. Options: `--pause <s>` (default 30),
 * `--rounds <n>` (the load repeated n times, default 1), `--only <text>` (only the requests whose
 * name contains it: `http huge`, `http depth`, `ws` …), `--log <file>` (the server's stdout), `--smaps` (where the RSS is, by kind of mapping), `--root <dir>` (measure another checkout's build). Build first (`npm run build`).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { operation } from '../test/contract.js';
import { hostileRequests, hostileWebSocketDocuments } from '../test/hostile-requests.js';

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const pauseSeconds = argument('pause', 30);
const rounds = argument('rounds', 1);
/** `--only <text>`: only the hostile requests whose name contains it (diagnosis: which kind costs). */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const chosen = <T extends { name?: string; query?: string }>(items: T[], name: (item: T) => string) =>
  only ? items.filter((item) => name(item).includes(only)) : items;
/** `--root <dir>`: the checkout whose `npm start` is measured (another build, to compare); default this one. */
const root = process.argv.includes('--root')
  ? `${process.argv[process.argv.indexOf('--root') + 1].replace(/\/$/, '')}/`
  : new URL('../../', import.meta.url).pathname;
if (!existsSync(`${root}server/dist/main.js`)) {
  console.error(`${root}server/dist/main.js is missing: run \`npm run build\` first`);
  process.exit(1);
}

const dataDir = `/tmp/rongrian-bench-memory-${process.pid}`;
await rm(dataDir, { recursive: true, force: true });

// `npm start`, as in production; the server is the node process below it running dist/main.js.
const child = spawn('npm', ['start', '--silent'], {
  cwd: root,
  env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
const url = await new Promise<string>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  // Every operation is logged (as in production); the lines are dropped, or kept in --log <file>.
  const log = process.argv.includes('--log') ? createWriteStream(process.argv[process.argv.indexOf('--log') + 1]) : undefined;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    log?.write(`${line}\n`);
    const match = /"url":"(http:[^"]+)"/.exec(line);
    if (match && line.includes('Rongrian is running')) resolve(match[1]);
  });
});

function descendants(pid: number): number[] {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
  );
  return [...children, ...children.flatMap(descendants)];
}
// npm, then maybe a shell, then node: the node process whose arguments name dist/main.js.
const serverPid = descendants(child.pid!).find((pid) => {
  const [command, ...args] = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  return /(^|\/)node$/.test(command) && args.some((arg) => arg.endsWith('dist/main.js'));
});
if (!serverPid) throw new Error('no server process found under npm start');

/** VmRSS and VmHWM of the server process, in MiB. */
function memory(): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${serverPid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}
/**
 * `--smaps`: where the RSS is, by kind of mapping: glibc's main heap ([heap], malloc), anonymous
 * mappings of V8's page size (256 KiB: the JS heap's pages, pooled ones included), larger anonymous
 * mappings (malloc arenas of other threads, V8's large objects), and files (code).
 */
function smapsSummary(): string {
  const kinds = new Map<string, number>();
  let kind = '';
  for (const line of readFileSync(`/proc/${serverPid}/smaps`, 'utf8').split('\n')) {
    const mapping = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (mapping) {
      const kib = (parseInt(mapping[2], 16) - parseInt(mapping[1], 16)) / 1024;
      kind = mapping[3] === '[heap]' ? 'malloc [heap]' : mapping[3] ? 'files' : kib === 256 ? 'anon 256 KiB' : 'anon other';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) kinds.set(kind, (kinds.get(kind) ?? 0) + Number(rss[1]) / 1024);
  }
  return [...kinds].map(([name, mib]) => `${name} ${mib.toFixed(0)}`).join(', ');
}
const smaps = process.argv.includes('--smaps');

/** Resets the high-water mark, so that `peak` is the load's (Linux: write 5 to clear_refs). */
function resetPeak() {
  try {
    writeFileSync(`/proc/${serverPid}/clear_refs`, '5');
  } catch {
    // Not permitted here: the peak then includes the start.
  }
}

async function post(query: string, variables?: object, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.text(), cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

const signIn = await post(operation('SignIn'), { input: { username: 'center', password: 'rongrian-demo' } });
const cookie = signIn.cookie!;

async function ordinaryRequests(count: number) {
  for (let i = 0; i < count; i++) {
    await post(operation(['Me', 'Channels', 'Board'][i % 3]), undefined, cookie);
  }
}

function webSocket() {
  return createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols: string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    },
    retryAttempts: 0,
  });
}

async function hostileLoad() {
  for (const request of chosen(hostileRequests(), (request) => `http ${request.name}`)) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': request.contentType ?? 'application/json', cookie },
      body: request.body,
    });
    await response.arrayBuffer();
  }
  const client = webSocket();
  try {
    for (const document of chosen(hostileWebSocketDocuments(), (document) => `ws ${document.query.slice(0, 40)}`)) {
      await new Promise<void>((resolve) => {
        client.subscribe(document, { next: () => resolve(), error: () => resolve(), complete: () => resolve() });
      });
    }
  } finally {
    await client.dispose();
  }
}

try {
  await ordinaryRequests(300);
  // Settled as `after` will be: the same idle time after the warm-up as after the load.
  await sleep(pauseSeconds * 1_000);
  const baseline = memory().rss;
  const baselineSmaps = smaps ? smapsSummary() : '';
  resetPeak();
  await sleep(200);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, memory().rss)), 50);
  const started = performance.now();
  for (let round = 0; round < rounds; round++) await hostileLoad();
  const loadSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, memory().peak);
  // A little ordinary work after the storm, as a server would see, then idle.
  await ordinaryRequests(30);
  await sleep(pauseSeconds * 1_000);
  const after = memory().rss;
  const afterSmaps = smaps ? smapsSummary() : '';
  const mib = (value: number) => `${value.toFixed(0)} MiB`;
  console.log(`hostile load: ${rounds} round(s) in ${loadSeconds.toFixed(1)} s; then ${pauseSeconds} s idle`);
  console.log(`baseline  ${mib(baseline)}`);
  console.log(`peak      ${mib(peak)}`);
  console.log(`after     ${mib(after)}`);
  if (smaps) console.log(`RSS in MiB by mapping, baseline: ${baselineSmaps}\n                       after:    ${afterSmaps}`);
  console.log(`after / baseline  ${(after / baseline).toFixed(2)}  (item 16: at most 1.20)`);
} finally {
  process.kill(-child.pid!, 'SIGTERM');
  // npm may exit before the server has stopped its database: wait for the server process itself.
  while (existsSync(`/proc/${serverPid}`)) await sleep(100);
  await rm(dataDir, { recursive: true, force: true });
}
