import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, rm, stat, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, rows, sql } from '../../db/sql.js';
import type { ObjectStoreLocation } from './file-store-url.js';

/** What a stored_file row holds of where its bytes are: the object's key, or none (PostgreSQL). */
export interface StoredBytes {
  storeKey: string | null;
}

/**
 * A new file's bytes on their way into the store, slice by slice as the upload arrives (issue 12,
 * "Performance": an upload is streamed, never held whole). `finish` once all came; `abort` keeps
 * nothing of it.
 */
export interface FileWriter {
  write(chunk: Buffer): Promise<void>;
  finish(): Promise<StoredBytes>;
  abort(): Promise<void>;
}

/** A stored file, as the store finds its bytes. */
export interface FileInStore {
  id: string;
  storeKey: string | null;
  bytes: number;
}

/**
 * Where the evidence files' bytes are kept: PostgreSQL (the default) or an S3-compatible object
 * store (FILE_STORE_URL, file-store-url.ts). The rows (name, type, size, SHA-256, complaint) are in
 * PostgreSQL either way; only the bytes move.
 */
export interface FileStore {
  readonly kind: 'postgresql' | 's3';
  /** Starts keeping a new file's bytes (`em` outside any transaction: each slice commits on its own). */
  writer(em: EntityManager, id: string, mediaType: string): FileWriter;
  /** A stored file's bytes, streamed. */
  open(em: EntityManager, file: FileInStore): Promise<Readable>;
  /** Removes the bytes of files whose rows are gone, in `em`'s transaction where it has one. */
  remove(em: EntityManager, files: FileInStore[]): Promise<void>;
  /**
   * Removes what the store holds that no row names, written before `olderThan`: the bytes of an
   * upload whose server stopped half way (its row never came). Answers how many files' bytes.
   */
  removeStrays(em: EntityManager, olderThan: Date): Promise<number>;
  close(): void;
}

/** The temporary files an upload to the object store is spooled to. */
const spoolPrefix = 'rongrian-upload-';

/** The clean-up looks at this many objects of the bucket a run, oldest listing first. */
const straysPerRun = 10_000;

/** Uploads are written, and downloads read, this much at a time. */
export const sliceBytes = 1024 * 1024;

/** Gathers chunks into slices of `sliceBytes`, handing each full one to `flush`. */
class Slicer {
  private pending: Buffer[] = [];
  private size = 0;

  constructor(private readonly flush: (slice: Buffer) => Promise<void>) {}

  async write(chunk: Buffer): Promise<void> {
    this.pending.push(chunk);
    this.size += chunk.length;
    while (this.size >= sliceBytes) {
      const all = Buffer.concat(this.pending, this.size);
      this.pending = [all.subarray(sliceBytes)];
      this.size = all.length - sliceBytes;
      await this.flush(all.subarray(0, sliceBytes));
    }
  }

  async end(): Promise<void> {
    if (this.size > 0) await this.flush(Buffer.concat(this.pending, this.size));
    this.pending = [];
    this.size = 0;
  }
}

/** The default: the bytes in `stored_file_part`, one row a slice. */
export class PostgresFileStore implements FileStore {
  readonly kind = 'postgresql' as const;

  writer(em: EntityManager, id: string): FileWriter {
    let seq = 0;
    const slicer = new Slicer(async (slice) => {
      await sql`insert into stored_file_part (file_id, seq, bytes) values (${id}::uuid, ${seq++}, ${slice})`.execute(em.getKysely());
    });
    return {
      write: (chunk) => slicer.write(chunk),
      finish: async () => {
        await slicer.end();
        return { storeKey: null };
      },
      abort: async () => {
        await sql`delete from stored_file_part where file_id = ${id}::uuid`.execute(em.getKysely());
      },
    };
  }

  async open(em: EntityManager, file: FileInStore): Promise<Readable> {
    async function* slices() {
      let read = 0;
      for (let seq = 0; read < file.bytes; seq++) {
        const slice = await firstRow<{ bytes: Buffer }>(
          em,
          sql`select bytes from stored_file_part where file_id = ${file.id}::uuid and seq = ${seq}`,
        );
        if (!slice) throw new Error(`stored_file ${file.id} lost its slice ${seq} while it was read`);
        read += slice.bytes.length;
        yield slice.bytes;
      }
    }
    return Readable.from(slices(), { objectMode: false });
  }

  async remove(em: EntityManager, files: FileInStore[]): Promise<void> {
    if (!files.length) return;
    await sql`delete from stored_file_part where file_id = any(${files.map((file) => file.id)}::uuid[])`.execute(em.getKysely());
  }

  async removeStrays(em: EntityManager, olderThan: Date): Promise<number> {
    const removed = await rows<{ fileId: string }>(
      em,
      sql`delete from stored_file_part where file_id in (
            select p.file_id from stored_file_part p
             where not exists (select 1 from stored_file f where f.id = p.file_id)
             group by p.file_id
            having min(p.written_at) < ${olderThan})
          returning file_id as "fileId"`,
    );
    return new Set(removed.map((row) => row.fileId)).size;
  }

  close(): void {}
}

/**
 * An S3-compatible object store, through the AWS SDK (checksums only where the S3 API requires
 * them, as MinIO and others expect). An upload is spooled to a temporary file as it arrives, then
 * put with its length: memory holds a chunk, not the file.
 */
export class ObjectFileStore implements FileStore {
  readonly kind = 's3' as const;
  private readonly client: S3Client;

  constructor(private readonly location: ObjectStoreLocation) {
    this.client = new S3Client({
      endpoint: location.endpoint,
      region: location.region,
      forcePathStyle: location.forcePathStyle,
      ...(location.credentials ? { credentials: location.credentials } : {}),
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private keyOf(id: string): string {
    return `${this.location.prefix}${id}`;
  }

  writer(_em: EntityManager, id: string, mediaType: string): FileWriter {
    const path = join(tmpdir(), `${spoolPrefix}${randomUUID()}`);
    let file: Promise<FileHandle> | undefined;
    let size = 0;
    const discard = async () => {
      await (await file?.catch(() => undefined))?.close().catch(() => undefined);
      await rm(path, { force: true });
    };
    return {
      write: async (chunk) => {
        file ??= open(path, 'wx', 0o600);
        await (await file).write(chunk);
        size += chunk.length;
      },
      finish: async () => {
        file ??= open(path, 'wx', 0o600);
        await (await file).close();
        const key = this.keyOf(id);
        try {
          await this.client.send(
            new PutObjectCommand({
              Bucket: this.location.bucket,
              Key: key,
              Body: createReadStream(path),
              ContentType: mediaType,
              ContentLength: size,
            }),
          );
        } finally {
          await rm(path, { force: true });
        }
        return { storeKey: key };
      },
      abort: async () => {
        await discard();
        await this.remove(_em, [{ id, storeKey: this.keyOf(id), bytes: size }]).catch(() => undefined);
      },
    };
  }

  async open(_em: EntityManager, file: FileInStore): Promise<Readable> {
    const object = await this.client.send(
      new GetObjectCommand({ Bucket: this.location.bucket, Key: file.storeKey ?? this.keyOf(file.id) }),
    );
    if (!(object.Body instanceof Readable)) throw new Error(`the object store answered no stream for ${file.id}`);
    return object.Body;
  }

  async remove(_em: EntityManager, files: FileInStore[]): Promise<void> {
    const storeKeys = files.flatMap((file) => (file.storeKey ? [file.storeKey] : []));
    // DeleteObjects takes at most 1,000 keys; a key already gone counts as deleted.
    for (let start = 0; start < storeKeys.length; start += 1000) {
      const batch = storeKeys.slice(start, start + 1000);
      const result = await this.client.send(
        new DeleteObjectsCommand({ Bucket: this.location.bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }),
      );
      if (result.Errors?.length) {
        throw new Error(
          `the object store kept ${result.Errors.length} objects: ${result.Errors.map((e) => `${e.Key} (${e.Code})`).join(', ')}`,
        );
      }
    }
  }

  async removeStrays(em: EntityManager, olderThan: Date): Promise<number> {
    // Spool files of a server that stopped half way through an upload.
    for (const name of await readdir(tmpdir()).catch(() => [] as string[])) {
      if (!name.startsWith(spoolPrefix)) continue;
      const path = join(tmpdir(), name);
      const { mtime } = await stat(path).catch(() => ({ mtime: new Date() }));
      if (mtime < olderThan) await rm(path, { force: true });
    }
    // Objects under the prefix that no row names: put, then the server stopped before the row.
    const old: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: this.location.prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key && object.LastModified && object.LastModified < olderThan) old.push(object.Key);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token && old.length < straysPerRun);
    if (!old.length) return 0;
    const named = await rows<{ key: string }>(em, sql`select store_key as key from stored_file where store_key = any(${old}::text[])`);
    const kept = new Set(named.map((row) => row.key));
    const strays = old.filter((key) => !kept.has(key));
    await this.remove(
      em,
      strays.map((key) => ({ id: key, storeKey: key, bytes: 0 })),
    );
    return strays.length;
  }

  close(): void {
    this.client.destroy();
  }
}

/** The store FILE_STORE_URL names, or PostgreSQL. */
export function createFileStore(location: ObjectStoreLocation | null): FileStore {
  return location ? new ObjectFileStore(location) : new PostgresFileStore();
}
