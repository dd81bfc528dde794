import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DeleteObjectsCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, sql } from '../../db/sql.js';
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
  /** Removes the bytes of files whose rows are gone or never came, in `em`'s transaction where it has one. */
  remove(em: EntityManager, files: FileInStore[]): Promise<void>;
  close(): void;
}

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
    const path = join(tmpdir(), `rongrian-upload-${randomUUID()}`);
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

  close(): void {
    this.client.destroy();
  }
}

/** The store FILE_STORE_URL names, or PostgreSQL. */
export function createFileStore(location: ObjectStoreLocation | null): FileStore {
  return location ? new ObjectFileStore(location) : new PostgresFileStore();
}
