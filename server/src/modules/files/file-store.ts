import { Readable } from 'node:stream';
import { DeleteObjectsCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, sql } from '../../db/sql.js';
import type { ObjectStoreLocation } from './file-store-url.js';

/** What a stored_file row holds of its bytes: the bytes themselves (PostgreSQL) or the object's key. */
export interface StoredBytes {
  content: Buffer | null;
  storeKey: string | null;
}

/**
 * Where the evidence files' bytes are kept: PostgreSQL (the default) or an S3-compatible object
 * store (FILE_STORE_URL, file-store-url.ts). The rows (name, type, size, SHA-256, complaint) are in
 * PostgreSQL either way; only the bytes move.
 */
export interface FileStore {
  readonly kind: 'postgresql' | 's3';
  /** Keeps a new file's bytes; answers what its row is to hold. */
  put(id: string, bytes: Buffer, mediaType: string): Promise<StoredBytes>;
  /** A stored file's bytes, streamed. */
  open(em: EntityManager, file: { id: string; storeKey: string | null; bytes: number }): Promise<Readable>;
  /** Removes objects of files whose rows are gone (nothing to do in PostgreSQL: the row held them). */
  remove(storeKeys: string[]): Promise<void>;
  close(): void;
}

/** A download reads the bytea this much at a time, so that serving a file never holds all of it. */
const sliceBytes = 1024 * 1024;

/** The default: the bytes in `stored_file.content` (stored uncompressed, read in slices). */
export class PostgresFileStore implements FileStore {
  readonly kind = 'postgresql' as const;

  async put(_id: string, bytes: Buffer): Promise<StoredBytes> {
    return { content: bytes, storeKey: null };
  }

  async open(em: EntityManager, file: { id: string; bytes: number }): Promise<Readable> {
    async function* slices() {
      for (let offset = 0; offset < file.bytes; offset += sliceBytes) {
        const slice = await firstRow<{ part: Buffer | null }>(
          em,
          sql`select substring(content from ${offset + 1} for ${sliceBytes}) as part from stored_file where id = ${file.id}::uuid`,
        );
        if (!slice?.part) throw new Error(`stored_file ${file.id} lost its content while it was read`);
        yield slice.part;
      }
    }
    return Readable.from(slices(), { objectMode: false });
  }

  async remove(): Promise<void> {}

  close(): void {}
}

/** An S3-compatible object store, through the AWS SDK (checksums only where the S3 API requires them, as MinIO and others expect). */
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

  async put(id: string, bytes: Buffer, mediaType: string): Promise<StoredBytes> {
    const key = this.keyOf(id);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.location.bucket, Key: key, Body: bytes, ContentType: mediaType, ContentLength: bytes.length }),
    );
    return { content: null, storeKey: key };
  }

  async open(_em: EntityManager, file: { id: string; storeKey: string | null }): Promise<Readable> {
    const object = await this.client.send(
      new GetObjectCommand({ Bucket: this.location.bucket, Key: file.storeKey ?? this.keyOf(file.id) }),
    );
    if (!(object.Body instanceof Readable)) throw new Error(`the object store answered no stream for ${file.id}`);
    return object.Body;
  }

  async remove(storeKeys: string[]): Promise<void> {
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
