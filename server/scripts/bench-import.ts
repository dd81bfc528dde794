/**
 * npm run bench:import (issue 11, item 6) — generates a past register of 10,000 complaints (CSV,
 * the template's columns: closed, not accepted and open ones, named and anonymous complainants,
 * accused matched against the officials), imports it into a throwaway embedded database and prints
 * the time and rows/s of the dry run and the real run, next to a raw baseline in the same run: one
 * plain multi-row INSERT of the same 10,000 complaint rows (no checks, no relations, no events).
 * Target: under 60 s for the real run. Prints; asserts nothing.
 */
import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { seed } from '../src/db/seed.js';
import { createLogger } from '../src/logger.js';
import { registerColumns } from '../src/modules/imports/register-columns.js';
import { importRegister } from '../src/modules/imports/register-import.service.js';
import { ReferenceData } from '../src/modules/reference/reference-data.js';
import { toCsv } from '../src/modules/reports/register-export.js';
import { quick, reportRows } from './bench-result.js';

const count = Number(process.env.BENCH_ROWS ?? (quick ? 2_000 : 10_000));
const logger = createLogger('warn');
const dataDir = `/tmp/rongrian-bench-import-${process.pid}`;
const database = await startEmbeddedPostgres({ dataDir, port: 0, database: 'rongrian', logger, ephemeral: true });

const header = registerColumns.filter((column) => !column.ignored).map((column) => column.th);
const channels = ['ทางไปรษณีย์', 'ร้องเรียนด้วยตนเอง ณ ศูนย์ฯ', 'ตู้รับเรื่องร้องเรียน', 'โทรศัพท์', 'เว็บไซต์'];
const accused = ['นายวีระ ทองคำ', 'นายสมหมาย ไม่ทราบนามสกุล', 'นางมาลี สายทอง', ''];
const months = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'];

function row(i: number): string[] {
  // Fiscal years 2560–2567, receipt numbers running per fiscal year, as many bodies number them.
  const fiscalYear = 2560 + (i % 8);
  const seq = Math.floor(i / 8) + 1;
  const month = i % 12;
  const year = month < 3 ? fiscalYear - 1 : fiscalYear;
  const kind = i % 10;
  const cells: Record<string, string> = {
    เลขรับ: `${seq}/${fiscalYear}`,
    วันที่รับ: i % 3 === 0 ? `${(i % 28) + 1} ${months[month]} ${year}` : `${(i % 28) + 1}/${((month + 9) % 12) + 1}/${String(year).slice(2)}`,
    ช่องทาง: channels[i % channels.length]!,
    เรื่อง: `ร้องเรียนเรื่องที่ ${i + 1}: การจัดซื้อจัดจ้างและการปฏิบัติหน้าที่`,
    รายละเอียด: 'รายละเอียดการร้องเรียนตามหนังสือที่ได้รับ ผู้ร้องขอให้ตรวจสอบข้อเท็จจริงและดำเนินการตามระเบียบ',
    ผู้ร้องเรียน: i % 4 === 0 ? 'ไม่ประสงค์ออกนาม' : `นายผู้ร้อง ที่${i + 1}`,
    โทรศัพท์: i % 4 === 0 ? '' : '081-000-0000',
    ผู้ถูกกล่าวหา: accused[i % accused.length]!,
    ตำแหน่งผู้ถูกกล่าวหา: i % accused.length === 3 ? 'เจ้าหน้าที่ผู้รับผิดชอบโครงการ' : '',
    หน่วยงานรับผิดชอบ: kind < 7 ? 'กองช่าง' : '',
    ขั้นตอน: kind < 7 ? 'ยุติเรื่อง' : kind < 9 ? 'ไม่รับพิจารณา' : 'รับเรื่อง',
    ผลการพิจารณา: kind < 7 ? ['มีมูล', 'ไม่มีมูล', 'ส่งต่อหน่วยงานอื่น'][kind % 3]! : '',
    เหตุผลที่ไม่รับพิจารณา: kind === 7 ? 'ข้อพิพาทระหว่างเอกชน' : kind === 8 ? 'ข้อมูลไม่เพียงพอ' : '',
    วันที่ยุติเรื่อง: kind < 9 ? `28 ${months[month]} ${year}` : '',
  };
  return header.map((column) => cells[column] ?? '');
}

try {
  const orm = await MikroORM.init(ormConfig({ databaseUrl: database.url }));
  await orm.migrator.up();
  await seed(orm.em.fork(), { demo: true });
  const reference = await ReferenceData.load(orm.em.fork());
  const bytes = Buffer.from(toCsv([header, ...Array.from({ length: count }, (_, i) => row(i))]));
  const file = { fileName: 'bench.csv', bytes };

  let t = performance.now();
  const dry = await orm.em.fork().transactional((tx) => importRegister(tx, reference, null, file, { dryRun: true }));
  const dryMs = performance.now() - t;
  if (dry.problems.length) throw new Error(`the generated register has problems: ${JSON.stringify(dry.problems.slice(0, 3))}`);

  t = performance.now();
  const real = await orm.em.fork().transactional((tx) => importRegister(tx, reference, null, file, { dryRun: false }));
  const realMs = performance.now() - t;

  t = performance.now();
  const again = await orm.em.fork().transactional((tx) => importRegister(tx, reference, null, file, { dryRun: false }));
  const againMs = performance.now() - t;

  // Baseline: the same complaint rows in one plain multi-row INSERT (rolled back), years moved out of the way.
  const connection = orm.em.getConnection();
  const values: unknown[] = [];
  const tuples: string[] = [];
  const complaints = await connection.execute<{ channel_code: string; stage: string; received_at: Date; subject: string }[]>(
    `select channel_code, stage, received_at, subject from complaint order by receipt_year, receipt_seq`,
  );
  complaints.forEach((complaint, i) => {
    const p = values.length;
    values.push(1000 + i, complaint.stage, complaint.received_at, complaint.channel_code, complaint.subject);
    tuples.push(`(gen_random_uuid(), 3000, $${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, '', true, false, $${p + 3})`);
  });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  t = performance.now();
  await client.query('begin');
  await client.query(
    `insert into complaint (id, receipt_year, receipt_seq, stage, received_at, channel_code, subject, details, anonymous, has_contact, last_event_at) values ${tuples.join(', ')}`,
    values,
  );
  await client.query('rollback');
  const rawMs = performance.now() - t;
  await client.end();

  const rate = (ms: number) => Math.round(count / (ms / 1000)).toLocaleString('en');
  console.log(`register of ${count.toLocaleString('en')} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB CSV`);
  console.log(`dry run (read, check every row, look up existing numbers): ${(dryMs / 1000).toFixed(2)} s (${rate(dryMs)} rows/s)`);
  console.log(
    `real run (the same, then complaints, complainants, accused, units, ${(count * 2).toLocaleString('en')} events, counters, batch; one transaction): ${(realMs / 1000).toFixed(2)} s (${rate(realMs)} rows/s), imported ${real.imported}`,
  );
  console.log(`same file again: ${(againMs / 1000).toFixed(2)} s, imported ${again.imported}, already there ${again.alreadyPresent}`);
  console.log(
    `raw baseline (one multi-row INSERT of the same ${complaints.length.toLocaleString('en')} complaint rows, triggers on): ${(rawMs / 1000).toFixed(2)} s`,
  );
  console.log(`real run / raw insert: ${(realMs / rawMs).toFixed(1)}×; target < 60 s: ${realMs < 60_000 ? 'met' : 'NOT met'}`);
  reportRows([
    {
      benchmark: `register import of ${count.toLocaleString('en')} rows (real run)`,
      measured: `${(realMs / 1000).toFixed(2)} s (${rate(realMs)} rows/s)`,
      baseline: `${(rawMs / 1000).toFixed(2)} s (one multi-row INSERT of the complaint rows)`,
      ratio: realMs / rawMs,
      goal: '< 60 s (10,000 rows)',
      met: realMs < 60_000 * (count / 10_000),
    },
  ]);
  await orm.close(true);
} finally {
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
