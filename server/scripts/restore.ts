/**
 * npm run restore -- --file <archive> (contract, "Backups"): checks the archive against
 * `<archive>.sha256`, then restores it into DATA_DIR (which must not exist yet, or be empty), or into
 * the empty database DATABASE_URL names; starts PostgreSQL on it and verifies the audit chain.
 * Exit 0 when restored with the chain whole; non-zero, having changed nothing, when the archive, its
 * hash or the target is wrong.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { BackupRefusal } from '../src/modules/backups/backup-refusal.js';
import { restoreBackup } from '../src/modules/backups/restore-backup.js';

// Relative paths (--file, DATA_DIR) mean what they mean where `npm run restore` was typed.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

try {
  const { values } = parseArgs({ options: { file: { type: 'string' } } });
  if (!values.file) {
    throw new BackupRefusal('ระบุไฟล์สำรองข้อมูลด้วย --file <ไฟล์>', 'Name the archive: npm run restore -- --file <archive>');
  }
  const config = loadConfig();
  const result = await restoreBackup(resolve(values.file), config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  console.log(JSON.stringify(result));
  if (result.audit.firstBrokenId) {
    console.error(
      `กู้คืนแล้ว แต่ห่วงโซ่บันทึกการตรวจสอบขาดที่รายการ ${result.audit.firstBrokenId} — restored, but the audit chain is BROKEN at entry ${result.audit.firstBrokenId}`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `กู้คืนข้อมูลแล้ว — restored into ${result.into}: ${result.complaints} complaints, audit chain whole (${result.audit.entries} entries, head ${result.audit.head})`,
    );
    process.exitCode = 0;
  }
} catch (error) {
  console.error(
    error instanceof BackupRefusal ? error.message : `กู้คืนข้อมูลไม่สำเร็จ — the restore failed: ${(error as Error)?.message ?? error}`,
  );
  process.exitCode = 1;
}
