import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

const serverDir = new URL('..', import.meta.url).pathname;

export interface ServerProcess {
  child: ChildProcess;
  /** Resolves with the app's URL once it logs that it runs; rejects with its output if it exits first. */
  started: Promise<string>;
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals | null>;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
}

/**
 * The server as `npm start` runs it, in a process of its own, but from the TypeScript sources (as
 * `npm run dev` does), so that the test runs the code under test: `npm test` does not rebuild
 * `dist`, which may be older than the sources.
 */
export function spawnServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test', LOG_LEVEL: 'info', JOBS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  const output = () => chunks.join('');
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const started = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s: ${output()}`)), 60_000);
    const onData = (chunk: Buffer) => {
      chunks.push(String(chunk));
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}: ${output()}`));
    });
  });
  started.catch(() => undefined);
  return { child, started, exited, output };
}

/** The PID that the cluster's lock file records (line 1), if there is one. */
export function lockedPid(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

export async function until(condition: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
