/**
 * npm run import -- --file <register.xlsx|csv> [--dry-run] (issue 11, item 6): imports a past
 * complaint register, with the environment of `npm start` (DATABASE_URL, or the embedded PostgreSQL
 * in DATA_DIR while the app is stopped). A dry run prints every problem (row, column, what is
 * wrong, in Thai) and what would be imported, and changes nothing. A real run imports the whole
 * file in one transaction, or nothing when any row has a problem. Exit 0 on success or a dry run
 * without problems, 1 otherwise.
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { appendAudit } from '../src/modules/audit/audit.service.js';
import { importRegister, type ImportProblem, type ImportReport } from '../src/modules/imports/register-import.service.js';
import { ReferenceData } from '../src/modules/reference/reference-data.js';
import { DomainError } from '../src/modules/shared/domain-error.js';

function printProblems(problems: ImportProblem[]): void {
  console.error(`แฟ้มมีข้อผิดพลาด ${problems.length} รายการ — ${problems.length} problem(s):`);
  for (const problem of problems) {
    console.error(`  แถว ${problem.row}${problem.column ? ` คอลัมน์ "${problem.column}"` : ''}: ${problem.messageTh} — ${problem.messageEn}`);
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({ options: { file: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } }, strict: true });
if (!values.file) {
  fail('ใช้: npm run import -- --file <ทะเบียน.xlsx|csv> [--dry-run] — usage: npm run import -- --file <register.xlsx|csv> [--dry-run]');
}
// npm runs the script in server/: the path is the one the user typed, from where they typed it.
const path = resolve(process.env.INIT_CWD ?? process.cwd(), values.file);
let bytes: Buffer;
try {
  bytes = await readFile(path);
} catch (error) {
  fail(`อ่านแฟ้ม ${path} ไม่ได้ — cannot read ${path}: ${(error as Error).message}`);
}
const dryRun = values['dry-run'];

const config = { ...loadConfig(), seedDemo: false };
let database;
try {
  database = await openDatabase(config, createLogger('warn'));
} catch (error) {
  fail(
    `${(error as Error).message}\nเปิดฐานข้อมูลไม่ได้: ถ้าใช้ฐานข้อมูลในเครื่อง (DATA_DIR) ให้หยุดโปรแกรมก่อน — ` +
      'cannot open the database: with the embedded one (DATA_DIR), stop the app first.',
  );
}
let exitCode = 1;
try {
  const em = database.orm.em.fork();
  const reference = await ReferenceData.load(em);
  if (!reference.organisationOrNull) fail('ยังไม่ได้ตั้งค่าหน่วยงาน (npm run setup) — no body is set up yet (npm run setup)');
  const started = performance.now();
  const report: ImportReport = await em.transactional(async (tx) => {
    const result = await importRegister(tx, reference, null, { fileName: basename(path), bytes }, { dryRun });
    const { fileName, sha256, rows, imported, alreadyPresent, problems } = result;
    await appendAudit(tx, [
      {
        actorId: null,
        actor: 'npm run import',
        action: 'ImportRegister',
        target: null,
        outcome: 'OK',
        data: { dryRun, fileName, sha256, rows, imported, alreadyPresent, problems: problems.length },
        requestId: null,
        ip: null,
      },
    ]);
    return result;
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (report.problems.length) printProblems(report.problems);
  console.log(
    dryRun
      ? `ตรวจสอบแล้ว (ไม่บันทึก): ${report.rows} แถว นำเข้าได้ ${report.imported} เรื่อง มีอยู่แล้ว ${report.alreadyPresent} เรื่อง — dry run: ${report.rows} rows, ${report.imported} would be imported, ${report.alreadyPresent} already there (${seconds} s)`
      : `นำเข้าเรียบร้อย: ${report.imported} เรื่อง มีอยู่แล้ว ${report.alreadyPresent} เรื่อง — imported ${report.imported}, ${report.alreadyPresent} already there (${seconds} s)`,
  );
  console.log(JSON.stringify({ ...report, problems: report.problems.length }));
  exitCode = report.problems.length ? 1 : 0;
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  const problems = error.details.problems as ImportProblem[] | undefined;
  if (problems) printProblems(problems);
  console.error(`${error.messageTh} — ${error.messageEn}`);
} finally {
  await database.close();
}
process.exitCode = exitCode;
