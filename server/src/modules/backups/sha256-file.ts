import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { BackupRefusal } from './backup-refusal.js';

/** `<archive>.sha256`, beside the archive. */
export const sidecarOf = (archive: string) => `${archive}.sha256`;

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Writes the archive's hash in the format of coreutils' `sha256sum` (hash, two spaces, the file's
 * name), so that `sha256sum -c <archive>.sha256` run in the archive's folder checks it (README).
 */
export async function writeSidecar(archive: string, sha256: string): Promise<void> {
  const partial = `${sidecarOf(archive)}.partial`;
  await writeFile(partial, `${sha256}  ${basename(archive)}\n`, { mode: 0o644 });
  await rename(partial, sidecarOf(archive));
}

/**
 * The archive's hash checked against its `.sha256` before anything else is done (contract,
 * "Backups": a wrong archive or hash changes nothing). Missing, unreadable or different: refused.
 */
export async function verifySidecar(archive: string): Promise<string> {
  let expectedLine: string;
  try {
    expectedLine = await readFile(sidecarOf(archive), 'utf8');
  } catch {
    throw new BackupRefusal(
      `ไม่พบไฟล์ค่าแฮช ${basename(sidecarOf(archive))} ข้างไฟล์สำรองข้อมูล: คัดลอกไฟล์ .sha256 มาพร้อมกับไฟล์สำรองข้อมูล`,
      `There is no ${sidecarOf(archive)} beside the archive: copy the .sha256 file together with the archive`,
    );
  }
  const match = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/m.exec(expectedLine);
  if (!match) {
    throw new BackupRefusal(
      `ไฟล์ค่าแฮช ${basename(sidecarOf(archive))} ไม่อยู่ในรูปแบบของ sha256sum`,
      `${sidecarOf(archive)} is not in sha256sum's format (64 hex digits, two spaces, the file name)`,
    );
  }
  let actual: string;
  try {
    actual = await sha256OfFile(archive);
  } catch {
    throw new BackupRefusal(`เปิดไฟล์สำรองข้อมูล ${archive} ไม่ได้`, `The archive ${archive} cannot be read`);
  }
  if (actual !== match[1].toLowerCase()) {
    throw new BackupRefusal(
      `ค่าแฮช SHA-256 ของไฟล์สำรองข้อมูลไม่ตรงกับไฟล์ .sha256: ไฟล์เสียหายหรือถูกแก้ไข ไม่ได้กู้คืนข้อมูลใด ๆ ให้ใช้ไฟล์สำรองชุดอื่น`,
      `The archive's SHA-256 (${actual}) does not match ${sidecarOf(archive)} (${match[1].toLowerCase()}): the file is damaged or was changed; nothing was restored, use another backup`,
    );
  }
  return actual;
}
