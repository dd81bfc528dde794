import { uploadMaxBytes } from '@rongrian/schema/input-rules';
import { AsyncResource } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request, RequestHandler, Response } from 'express';
import { errorExtensions } from '../../graphql/domain-errors.js';
import { scopeOf, type RequestScope } from '../../http/request-scope.js';
import { httpStatusOf } from '../../http/send-error.js';
import { appendAudit, type AuditRecord } from '../audit/audit.service.js';
import { requireRole, requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { countUpload } from '../citizen/public-limits.js';
import { readsComplaints } from '../complaints/complaint-access.js';
import { DomainError, badInput } from '../shared/domain-error.js';
import { FileSource } from './file.enums.js';
import { fileToServe, storeUpload, type Uploader } from './file.service.js';
import type { FileStore } from './file-store.js';
import { UploadIntake, type UploadContent } from './upload-content.js';

/** What a multipart body may carry around its file (boundaries, part headers, a few small fields). */
const envelopeBytes = 64 * 1024;

/** The client went away in the middle of its body: nothing to answer, nothing kept. */
class Interrupted extends Error {}

const tooLarge = () =>
  new DomainError(
    'BAD_USER_INPUT',
    'ไฟล์มีขนาดใหญ่เกินกำหนด ส่งได้ไม่เกิน 20 MB ต่อไฟล์ กรุณาลดขนาดไฟล์ (เช่น ถ่ายภาพหรือวิดีโอให้สั้นลง) แล้วส่งใหม่',
    'The file is larger than 20 MiB, the most a file may be; make it smaller and send it again',
    { field: 'file', maxBytes: uploadMaxBytes },
  );

const notOneFile = () =>
  badInput(
    'file',
    'กรุณาส่งไฟล์ 1 ไฟล์ต่อครั้ง ในแบบฟอร์ม (multipart/form-data) ช่องชื่อ file',
    'Send one file at a time, as a form (multipart/form-data) part named file',
  );

const malformed = () =>
  badInput('file', 'ข้อมูลแบบฟอร์มที่ส่งมาไม่สมบูรณ์ กรุณาส่งไฟล์อีกครั้ง', 'The form data is malformed or incomplete; send the file again');

/**
 * The one file part (named `file`) of a multipart body, streamed through busboy into `intake`
 * chunk by chunk (the part waits while a chunk is stored): past 20 MiB it is refused at once (413),
 * without reading on. Two files, a part of another name, no file, a malformed body: refused. A
 * client that goes away half way rejects with Interrupted. Whatever `intake` kept of a refused
 * upload is the caller's to abort.
 */
function receiveFile(req: Request, intake: UploadIntake): Promise<UploadContent> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send a file's name in UTF-8 (a Thai name): busboy would read it as latin1.
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: uploadMaxBytes, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 20 },
      });
    } catch {
      reject(notOneFile());
      return;
    }
    let settled = false;
    let failure: DomainError | null = null;
    let taken = false;
    let received: Promise<UploadContent> | null = null;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    const refuseNow = (error: unknown) => settle(() => reject(error));
    // Issue 13: busboy calls these from the socket's context, not the request's: bound to the
    // request, each slice is written in the caller's body (row-level security's scope).
    parser.on(
      'file',
      AsyncResource.bind((name: string, stream: import('node:stream').Readable & { truncated?: boolean }, info: busboy.FileInfo) => {
        if (name !== 'file' || taken || failure) {
          failure ??= notOneFile();
          stream.resume();
          return;
        }
        taken = true;
        let stored = Promise.resolve();
        stream.on(
          'data',
          AsyncResource.bind((chunk: Buffer) => {
            if (settled) return;
            stream.pause();
            stored = stored.then(() => intake.push(chunk));
            stored.then(
              () => stream.resume(),
              (error: unknown) => refuseNow(error),
            );
          }),
        );
        stream.on('limit', () => refuseNow(tooLarge()));
        stream.on(
          'end',
          AsyncResource.bind(() => {
            if (stream.truncated) return;
            received = stored.then(() => intake.end(info.filename));
            // Answered at the parser's close, or not at all when the body is refused meanwhile.
            received.catch(() => undefined);
          }),
        );
      }),
    );
    parser.on('filesLimit', () => (failure ??= notOneFile()));
    parser.on('partsLimit', () => (failure ??= notOneFile()));
    parser.on('fieldsLimit', () => (failure ??= notOneFile()));
    parser.on('error', () => refuseNow(malformed()));
    parser.on('close', () => {
      if (failure || !received) refuseNow(failure ?? notOneFile());
      else received.then((content) => settle(() => resolve(content)), refuseNow);
    });
    req.on('close', () => {
      if (!req.complete) refuseNow(new Interrupted());
    });
    // The client may have gone while the session and the count were read: nothing will come.
    if (req.destroyed || req.readableAborted) {
      refuseNow(new Interrupted());
      return;
    }
    req.pipe(parser);
  });
}

/**
 * Stops reading a body that was refused before its end: what still comes is read and dropped (so
 * that the client, still sending, reads the answer), up to another 20 MiB, then the connection is cut.
 */
function stopReading(req: Request): void {
  if (req.complete) return;
  req.unpipe();
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > uploadMaxBytes + envelopeBytes) req.socket.destroy();
  });
  req.resume();
}

/** A refusal of the files routes, as the contract has it: HTTP 4xx and `{ error: { code, message } }` (plus the messages and details). */
function refuse(req: Request, res: Response, error: unknown): void {
  if (error instanceof Interrupted) return;
  stopReading(req);
  if (!(error instanceof DomainError)) throw error;
  const status = error.details.maxBytes ? 413 : httpStatusOf(error.code);
  res.setHeader('cache-control', 'no-store');
  res.status(status).json({ error: { message: error.message, ...errorExtensions(error) } });
}

/**
 * A staff upload on the audit trail, as any write of staff: its type, size and SHA-256, never its
 * name (it may name a person). A public upload is not: the trail would keep the citizen's address.
 */
function staffUploadAudit(
  scope: RequestScope,
  req: Request,
  outcome: string,
  target: string | null,
  data: Record<string, unknown>,
): AuditRecord {
  return {
    actorId: scope.user?.id ?? null,
    actor: scope.user?.username ?? null,
    action: 'uploadFile',
    target,
    outcome,
    data,
    requestId: scope.requestId,
    ip: req.ip ?? null,
  };
}

/** Public upload without a session; a CENTER_OFFICER's scan with one; any other caller refused. */
function uploaderOf(scope: RequestScope): Uploader {
  if (!scope.user && !scope.apiToken && !scope.authError) return { source: FileSource.PUBLIC, user: null };
  const user = requireRole(scope, [Role.CENTER_OFFICER], { th: 'อัปโหลดไฟล์สแกนเอกสาร', en: 'upload scans' });
  return { source: FileSource.STAFF, user };
}

/** `filename*` of RFC 6266 / RFC 8187, with a plain-ASCII `filename` before it for old clients. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const fileNotFound = (id: string) => new DomainError('NOT_FOUND', 'ไม่พบไฟล์นี้', `No file ${id}`);

/**
 * Contract, "The citizen's channel": POST /uploads and GET /files/<id>. Public uploads are
 * counted per client address (`req.ip`: the socket's, or X-Forwarded-For only with TRUST_PROXY)
 * in PostgreSQL, PUBLIC_UPLOADS_PER_HOUR an hour.
 */
export function fileRoutes({ store, publicUploadsPerHour }: { store: FileStore; publicUploadsPerHour: number }) {
  /**
   * POST /uploads (multipart/form-data, one part named `file`): answers 201 and JSON `{ id,
   * fileName, mediaType, bytes, sha256 }`. Nothing is stored unless the whole file came, is of an
   * accepted type by its content, and (public images) was stripped of its metadata.
   */
  const upload: RequestHandler = async (req, res) => {
    const scope = scopeOf(res);
    // What the upload stored so far, to be removed should it be refused or left half way.
    let intake: UploadIntake | null = null;
    try {
      const uploader = uploaderOf(scope);
      if (uploader.source === FileSource.PUBLIC) await countUpload(scope.em, req.ip ?? null, publicUploadsPerHour);
      if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) throw notOneFile();
      if (Number(req.headers['content-length']) > uploadMaxBytes + envelopeBytes) throw tooLarge();
      const id = randomUUID();
      intake = new UploadIntake(uploader.source, (mediaType) => store.writer(scope.em, id, mediaType));
      const content = await receiveFile(req, intake);
      if (content.bytes > uploadMaxBytes) throw tooLarge();
      const stored = await storeUpload(scope.em, id, uploader, content, async (tx, { mediaType, bytes, sha256 }) => {
        if (uploader.source === FileSource.STAFF)
          await appendAudit(tx, [staffUploadAudit(scope, req, 'OK', id, { mediaType, bytes, sha256 })]);
      });
      intake = null;
      res.setHeader('cache-control', 'no-store');
      res.status(201).json(stored);
    } catch (error) {
      // What cannot be removed now (the database away) is removed by the orphan clean-up: no row names it.
      await intake?.abort().catch(() => undefined);
      // A signed-in caller's refusal is on the trail too, committed on its own.
      if (scope.user && error instanceof DomainError) {
        await appendAudit(scope.em, [staffUploadAudit(scope, req, error.code, null, {})]);
      }
      refuse(req, res, error);
    }
  };

  /**
   * GET /files/<id>: the file, to staff who may see its complaint and its complainant (the read is
   * on the audit trail, as any read of identity); 404 otherwise, as for an id that does not exist.
   * Never shown inline: a download, with no sniffing and a policy that runs nothing.
   */
  const download: RequestHandler = async (req, res) => {
    const scope = scopeOf(res);
    const id = String(req.params.id);
    try {
      const user = requireUser(scope);
      const file = readsComplaints(user) ? await fileToServe(scope.em, user, id) : undefined;
      if (!file) throw fileNotFound(id);
      await scope.auditIdentityReads([file.complaint], 'GET /files');
      const bytes = await store.open(scope.em, file);
      res.status(200);
      res.setHeader('content-type', file.mediaType);
      res.setHeader('content-length', String(file.bytes));
      res.setHeader('content-disposition', attachmentDisposition(file.fileName));
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('content-security-policy', "default-src 'none'; sandbox");
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('etag', `"${file.sha256}"`);
      await pipeline(bytes, res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      refuse(req, res, error);
    }
  };

  return { upload, download };
}
