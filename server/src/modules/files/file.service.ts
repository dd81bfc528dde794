import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, rows, sql } from '../../db/sql.js';
import type { SessionUser } from '../auth/session-user.js';
import { identityVisibleTo, visibleTo } from '../complaints/complaint-access.js';
import { ComplaintEventKind } from '../complaints/complaint.enums.js';
import { ComplaintChangeKind } from '../live-events/live-event.types.js';
import { notifyLiveEvent } from '../live-events/notify-live-event.js';
import { badInput, complaintNotFound, conflict } from '../shared/domain-error.js';
import { isUuid } from '../shared/input-checks.js';
import { FileSource } from './file.enums.js';
import type { FileStore } from './file-store.js';
import type { AttachmentView, UploadView } from './file.types.js';
import type { UploadContent } from './upload-content.js';

/** attachFiles: a clerk's scans of one letter or one opening of the complaint box, at most this many a call. */
export const staffAttachmentsPerCall = 20;

/** A staff upload's uploader; none for a public one. */
export interface Uploader {
  source: FileSource;
  user: SessionUser | null;
}

/**
 * Keeps an upload whose bytes are in the store already (file.routes.ts streams them there): its
 * row, and `alongside` (the audit entry of a staff upload), in one transaction. Should that fail,
 * the caller removes the bytes (UploadIntake.abort), so that nothing is kept that no row knows.
 */
export async function storeUpload(
  em: EntityManager,
  id: string,
  uploader: Uploader,
  content: UploadContent,
  alongside?: (tx: EntityManager, stored: UploadView) => Promise<void>,
): Promise<UploadView> {
  const stored = { id, fileName: content.fileName, mediaType: content.mediaType, bytes: content.bytes, sha256: content.sha256 };
  await em.transactional(async (tx) => {
    await sql`insert into stored_file (id, file_name, media_type, bytes, sha256, store_key, source, uploaded_by_id, uploaded_at)
              values (${id}::uuid, ${content.fileName}, ${content.mediaType}, ${content.bytes}, ${content.sha256},
                      ${content.stored.storeKey}, ${uploader.source}, ${uploader.user?.id ?? null}::uuid, now())`.execute(tx.getKysely());
    await alongside?.(tx, stored);
  });
  return stored;
}

/** The ids once each, in the order given. */
const distinct = (ids: readonly string[] | null | undefined) => [...new Set(ids ?? [])];

const attachmentsRefused = (field: string, count: number) =>
  badInput(
    field,
    count === 1
      ? 'แนบไฟล์ไม่ได้: ไม่พบไฟล์ที่อัปโหลด ไฟล์ถูกแนบกับเรื่องอื่นแล้ว หรือเก็บไว้นานเกิน 1 วันจนถูกลบ กรุณาอัปโหลดไฟล์ใหม่'
      : `แนบไฟล์ไม่ได้ ${count} ไฟล์: ไม่พบไฟล์ที่อัปโหลด ไฟล์ถูกแนบกับเรื่องอื่นแล้ว หรือเก็บไว้นานเกิน 1 วันจนถูกลบ กรุณาอัปโหลดไฟล์ใหม่`,
    `${count} of the files cannot be attached: no such upload, already attached to a complaint, or removed after a day unattached; upload them again`,
  );

/**
 * The uploads `ids` name, locked until the transaction ends, refused (BAD_USER_INPUT naming
 * `field`) when more than `max`, or unless every one is an upload of `uploader`'s kind not yet
 * attached: a public one for the citizen's form, for a staff one the CENTER_OFFICER's own. Locked,
 * two submissions naming the same upload cannot both take it, nor can the orphan clean-up remove
 * it meanwhile.
 */
export async function claimUploads(
  em: EntityManager,
  ids: readonly string[] | null | undefined,
  uploader: Uploader,
  { field, max }: { field: string; max: number },
): Promise<{ id: string; sha256: string }[]> {
  const wanted = distinct(ids);
  if (wanted.length > max) {
    throw badInput(
      field,
      `แนบไฟล์หลักฐานได้ครั้งละไม่เกิน ${max} ไฟล์ (เลือกไว้ ${wanted.length} ไฟล์) กรุณานำไฟล์ออกบางไฟล์`,
      `At most ${max} files may be attached at a time (${wanted.length} were given); remove some`,
    );
  }
  if (!wanted.length) return [];
  if (!wanted.every(isUuid)) throw attachmentsRefused(field, wanted.filter((id) => !isUuid(id)).length);
  const owner = uploader.source === FileSource.STAFF ? sql`and f.uploaded_by_id = ${uploader.user!.id}::uuid` : sql``;
  const found = await rows<{ id: string; sha256: string }>(
    em,
    sql`select f.id, f.sha256 from stored_file f
         where f.id = any(${wanted}::uuid[]) and f.complaint_id is null and f.source = ${uploader.source} ${owner}
         order by f.uploaded_at, f.id
           for update`,
  );
  if (found.length !== wanted.length) throw attachmentsRefused(field, wanted.length - found.length);
  return found;
}

/** Attaches claimed uploads to a complaint, in the caller's transaction. */
export async function attachClaimed(em: EntityManager, complaintId: string, files: { id: string }[]): Promise<void> {
  if (!files.length) return;
  await sql`update stored_file set complaint_id = ${complaintId}::uuid, attached_at = now()
             where id = any(${files.map((file) => file.id)}::uuid[])`.execute(em.getKysely());
}

/**
 * The complainant's files sent with a tracking message: attached, and on the complaint's history
 * (FILES_ATTACHED, no actor). The history keeps how many and their SHA-256, not their names: the
 * history is read by roles that may not see the complainant, and a file's name may name them.
 */
export async function attachFromTracking(em: EntityManager, complaintId: string, files: { id: string; sha256: string }[]): Promise<void> {
  if (!files.length) return;
  await attachClaimed(em, complaintId, files);
  await sql`insert into complaint_event (complaint_id, kind, at, actor_id, data)
            values (${complaintId}::uuid, ${ComplaintEventKind.FILES_ATTACHED}, now(), null,
                    ${JSON.stringify(historyData(FileSource.PUBLIC, files))}::jsonb)`.execute(em.getKysely());
}

const historyData = (source: FileSource, files: { sha256: string }[]) => ({
  source,
  files: files.length,
  sha256: files.map((file) => file.sha256),
});

/**
 * Contract, attachFiles (CENTER_OFFICER): the officer's own staff uploads (scans) join the
 * complaint; version + 1 (a stale one is CONFLICT), FILES_ATTACHED on its history, the board told
 * at commit. In the mutation's transaction; a refusal changes nothing.
 */
export async function attachFiles(
  em: EntityManager,
  user: SessionUser,
  input: { complaintId: string; expectedVersion: number; attachmentIds: string[] },
): Promise<string> {
  if (!isUuid(input.complaintId)) throw complaintNotFound(input.complaintId);
  const state = await firstRow<{ version: number }>(
    em,
    sql`select c.version from complaint c where c.id = ${input.complaintId}::uuid and ${visibleTo(user)}`,
  );
  if (!state) throw complaintNotFound(input.complaintId);
  if (state.version !== input.expectedVersion) throw conflict(state.version);
  const files = await claimUploads(
    em,
    input.attachmentIds,
    { source: FileSource.STAFF, user },
    { field: 'attachmentIds', max: staffAttachmentsPerCall },
  );
  if (!files.length) throw badInput('attachmentIds', 'กรุณาเลือกไฟล์ที่จะแนบอย่างน้อย 1 ไฟล์', 'Name at least one upload to attach');
  const attached = await firstRow<{ moved: number }>(
    em,
    sql`with moved as (
          update complaint set version = version + 1 where id = ${input.complaintId}::uuid and version = ${input.expectedVersion}
          returning id
        ), attached as (
          update stored_file set complaint_id = (select id from moved), attached_at = now()
           where id = any(${files.map((file) => file.id)}::uuid[]) and exists (select 1 from moved)
        ), event as (
          insert into complaint_event (complaint_id, kind, at, actor_id, data)
          select id, ${ComplaintEventKind.FILES_ATTACHED}, now(), ${user.id}::uuid, ${JSON.stringify(historyData(FileSource.STAFF, files))}::jsonb
            from moved
        )
        select count(${notifyLiveEvent({ topic: 'change', kind: ComplaintChangeKind.MOVED, complaintId: sql.ref('id') })})::int as moved
          from moved`,
  );
  if (!attached?.moved) throw conflict(null);
  return input.complaintId;
}

type AttachmentRow = AttachmentView & { complaintId: string };

/**
 * The files of complaints, for a reader: only where the reader may see the complaint and its
 * complainant (a file may carry identity, as a message does: overriding rule 2, identityVisibleTo);
 * to others, none. One statement for every complaint asked (a list asks for all at once).
 */
export async function attachmentsOf(
  em: EntityManager,
  user: SessionUser,
  complaintIds: readonly string[],
): Promise<Map<string, AttachmentView[]>> {
  const found = await rows<AttachmentRow>(
    em,
    sql`select f.complaint_id as "complaintId", f.id, f.file_name as "fileName", f.media_type as "mediaType", f.bytes, f.sha256,
               f.uploaded_at as "uploadedAt", f.source
          from stored_file f join complaint c on c.id = f.complaint_id
         where f.complaint_id = any(${[...complaintIds]}::uuid[]) and ${visibleTo(user)} and ${identityVisibleTo(user)}
         order by f.uploaded_at, f.id`,
  );
  const byComplaint = new Map<string, AttachmentView[]>();
  for (const { complaintId, ...file } of found) {
    const list = byComplaint.get(complaintId) ?? [];
    list.push({ ...file, uploadedAt: new Date(file.uploadedAt) });
    byComplaint.set(complaintId, list);
  }
  return byComplaint;
}

/** A file to serve, with its complaint for the audit trail. */
export interface FileToServe {
  id: string;
  fileName: string;
  mediaType: string;
  bytes: number;
  sha256: string;
  storeKey: string | null;
  complaint: { id: string; receiptSeq: number; receiptYear: number };
}

/**
 * Contract, GET /files/<id>: the file, if the reader may see its complaint and its complainant;
 * else nothing, exactly as for an id that does not exist (an accused official, a division's
 * officer without an approved identity request, an upload not attached to any complaint).
 */
export async function fileToServe(em: EntityManager, user: SessionUser, id: string): Promise<FileToServe | undefined> {
  if (!isUuid(id)) return undefined;
  return firstRow<FileToServe>(
    em,
    sql`select f.id, f.file_name as "fileName", f.media_type as "mediaType", f.bytes, f.sha256, f.store_key as "storeKey",
               json_build_object('id', c.id, 'receiptSeq', c.receipt_seq, 'receiptYear', c.receipt_year) as complaint
          from stored_file f join complaint c on c.id = f.complaint_id
         where f.id = ${id}::uuid and ${visibleTo(user)} and ${identityVisibleTo(user)}`,
  );
}

/** Uploads left unattached this long are removed (issue 12: "files not attached within a day are removed by a job"). */
export const orphanHours = 24;

/**
 * Removes the uploads not attached within a day of `now` and their objects, in one transaction:
 * the rows are deleted (skipping any a submission holds locked this instant), the objects removed,
 * then it commits; should the object store fail, the rows stay for the next run. Idempotent.
 */
export async function removeOrphanFiles(em: EntityManager, store: FileStore, now = new Date()): Promise<number> {
  return em.transactional(async (tx) => {
    const removed = await rows<{ id: string; storeKey: string | null; bytes: number }>(
      tx,
      sql`delete from stored_file where id in (
            select id from stored_file
             where complaint_id is null and uploaded_at < ${now}::timestamptz - make_interval(hours => ${orphanHours})
             order by uploaded_at limit 1000
               for update skip locked
          ) returning id, store_key as "storeKey", bytes`,
    );
    await store.remove(tx, removed);
    // What the store holds that no row names (an upload whose server stopped half way).
    await store.removeStrays(tx, new Date(now.getTime() - orphanHours * 3_600_000));
    return removed.length;
  });
}
