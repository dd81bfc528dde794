/**
 * npm run bench — issue 15, "Performance budget": runs every benchmark, one after the other, each
 * in a process of its own (its own embedded database, nothing left over from the one before), and
 * prints one markdown table: benchmark | measured | raw baseline | ratio | goal | met. Each script
 * still runs alone (`npm run bench:board` …) and prints its own figures; here their output goes to
 * stderr as they run, and the rows each reports (scripts/bench-result.ts) make the table on stdout.
 *
 * `npm run bench -- --quick`: smaller sizes (statistics over 200,000 complaints instead of
 * 2,000,000, shorter load runs, no catch-up round), about 3 minutes. The full run took 6 minutes
 * on the 2-core development machine, half of it loading the 2,000,000 complaints with the triggers on.
 * `npm run bench -- board alerts`: only those. Not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchResultPrefix, quick, type BenchRow } from './bench-result.js';

const benchmarks = ['board', 'requests', 'intake', 'reports', 'alerts', 'audit', 'import', 'first-load'];
const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const unknown = chosen.filter((name) => !benchmarks.includes(name));
if (unknown.length) {
  console.error(`no benchmark ${unknown.join(', ')}; there are: ${benchmarks.join(', ')}`);
  process.exit(2);
}

/** Runs scripts/bench-<name>.ts; answers the rows it reported, or one row saying it failed. */
function run(name: string): Promise<BenchRow[]> {
  const script = fileURLToPath(new URL(`./bench-${name}.ts`, import.meta.url));
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', script, ...(quick ? ['--quick'] : [])], {
    env: { ...process.env, BENCH_JSON: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const rows: BenchRow[] = [];
  let rest = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith(benchResultPrefix)) rows.push(...(JSON.parse(line.slice(benchResultPrefix.length)) as BenchRow[]));
      else process.stderr.write(`  ${line}\n`);
    }
  });
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const failed = { benchmark: `bench:${name}`, measured: `failed (exit ${code})`, baseline: '—', ratio: null, goal: '—', met: false };
      resolve(code === 0 ? rows : [...rows, failed]);
    }),
  );
}

const started = performance.now();
const rows: BenchRow[] = [];
for (const name of chosen.length ? chosen : benchmarks) {
  console.error(`\n[bench] ${name}${quick ? ' (--quick)' : ''}`);
  const before = performance.now();
  rows.push(...(await run(name)));
  console.error(`[bench] ${name}: ${((performance.now() - before) / 1000).toFixed(0)} s`);
}

const cell = (text: string) => text.replaceAll('|', '\\|');
const met = (row: BenchRow) => (row.met === null ? '—' : row.met ? 'yes' : '**no**');
console.log(
  `\n${quick ? 'Quick run (--quick: smaller sizes)' : 'Full run'}, ${new Date().toISOString()}, ${((performance.now() - started) / 60_000).toFixed(1)} min\n`,
);
console.log('| benchmark | measured | raw baseline | ratio | goal | met |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  const ratio = row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`;
  console.log(`| ${[row.benchmark, row.measured, row.baseline, ratio, row.goal, met(row)].map(cell).join(' | ')} |`);
}
