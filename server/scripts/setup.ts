/**
 * npm run setup -- --file <organisation.json> (contract, "Setting up a body that is not the demo").
 * With the environment of `npm start`: DATABASE_URL, or the embedded PostgreSQL in DATA_DIR while
 * the app is stopped. Migrates the database if needed, then sets the body up from the file in one
 * transaction. Prints what it created and exits 0; with an invalid file, or a code or username that
 * exists, it names every problem, changes nothing and exits 1.
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { appendAudit } from '../src/modules/audit/audit.service.js';
import { parseOrganisationFileText, type FileProblem } from '../src/modules/organisation/organisation-file.js';
import { setUpOrganisation } from '../src/modules/organisation/setup.service.js';
import { DomainError } from '../src/modules/shared/domain-error.js';

function fail(problems: FileProblem[] | string): never {
  if (typeof problems === 'string') {
    console.error(problems);
  } else {
    console.error(`ตั้งค่าไม่สำเร็จ: แฟ้มมีข้อผิดพลาด ${problems.length} รายการ — set-up refused: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  ${problem.path}: ${problem.messageTh} — ${problem.messageEn}`);
    console.error('ไม่มีการเปลี่ยนแปลงใดในฐานข้อมูล — nothing was changed.');
  }
  process.exit(1);
}

const { values } = parseArgs({ options: { file: { type: 'string' } }, strict: true });
if (!values.file) fail('ใช้: npm run setup -- --file <organisation.json> — usage: npm run setup -- --file <organisation.json>');
// npm runs the script in server/: the path is the one the user typed, from where they typed it.
const path = resolve(process.env.INIT_CWD ?? process.cwd(), values.file);
let source: string;
try {
  source = await readFile(path, 'utf8');
} catch (error) {
  fail(`อ่านแฟ้ม ${path} ไม่ได้ — cannot read ${path}: ${(error as Error).message}`);
}
const parsed = parseOrganisationFileText(source);
if (!parsed.ok) fail(parsed.problems);

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
try {
  // Every administrative change is on the audit trail: the set-up with its entry, in one transaction.
  const summary = await database.orm.em.fork().transactional(async (tx) => {
    const done = await setUpOrganisation(tx, parsed.value);
    await appendAudit(tx, [
      {
        actorId: null,
        actor: 'npm run setup',
        action: 'setUpOrganisation',
        target: done.code,
        outcome: 'OK',
        data: { via: 'cli', file: path, summary: { ...done } },
        requestId: null,
        ip: null,
      },
    ]);
    return done;
  });
  console.log(`ตั้งค่าหน่วยงานเรียบร้อย — the body is set up: ${summary.code} ${summary.nameTh}`);
  console.log(`  ช่องทาง (channels): ${summary.channels.join(', ')}`);
  console.log(`  หน่วยงานภายใน (divisions): ${summary.divisions}`);
  console.log(`  เจ้าหน้าที่ (officials): ${summary.officials}`);
  console.log(`  วันหยุดราชการ (holidays): ${summary.holidays}`);
  console.log(`  กรอบเวลา (deadline rules): ${summary.deadlineRules}`);
  console.log(`  ผู้ดูแลระบบ (first ADMIN): ${summary.admin} — เข้าสู่ระบบได้ทันที / may sign in now`);
  console.log(JSON.stringify(summary));
} catch (error) {
  await database.close();
  if (error instanceof DomainError)
    fail(
      (error.details.problems as FileProblem[] | undefined) ?? [{ path: '(file)', messageTh: error.messageTh, messageEn: error.messageEn }],
    );
  throw error;
}
await database.close();
