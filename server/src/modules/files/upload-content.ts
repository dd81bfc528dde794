import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { badInput } from '../shared/domain-error.js';
import { FileSource } from './file.enums.js';
import type { FileWriter, StoredBytes } from './file-store.js';

/** What an upload may be, by what its bytes are (file-type's extension), whatever its name or declared type. */
const accepted = {
  pdf: { mediaType: 'application/pdf', names: ['pdf'], image: null },
  jpg: { mediaType: 'image/jpeg', names: ['jpg', 'jpeg'], image: 'jpeg' },
  png: { mediaType: 'image/png', names: ['png'], image: 'png' },
  webp: { mediaType: 'image/webp', names: ['webp'], image: 'webp' },
  mp4: { mediaType: 'video/mp4', names: ['mp4'], image: null },
  m4a: { mediaType: 'audio/mp4', names: ['m4a'], image: null },
  mp3: { mediaType: 'audio/mpeg', names: ['mp3'], image: null },
} as const satisfies Record<string, { mediaType: string; names: readonly string[]; image: 'jpeg' | 'png' | 'webp' | null }>;

type Accepted = (typeof accepted)[keyof typeof accepted];

/**
 * A phone's photo is well under this (a 200 MP sensor saves 50 MP pictures by default); a
 * "decompression bomb" (a small file of a huge image) is refused, not decoded.
 */
const maxImagePixels = 50_000_000;

/**
 * Images decoded at once: each may take a few hundred MB while it is decoded, so uploads from many
 * phones at the same moment wait their turn rather than exhaust the server's memory.
 */
const imagesAtOnce = 2;
let decoding = 0;
const waitingToDecode: (() => void)[] = [];

async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  if (decoding >= imagesAtOnce) await new Promise<void>((resolve) => waitingToDecode.push(resolve));
  else decoding++;
  try {
    return await work();
  } finally {
    const next = waitingToDecode.shift();
    if (next) next();
    else decoding--;
  }
}

export const acceptedTypesTh = 'PDF, JPEG, PNG, WebP, MP4, M4A หรือ MP3';

const notAccepted = () =>
  badInput(
    'file',
    `ไฟล์นี้ไม่ใช่ประเภทที่รับ ระบบรับเฉพาะไฟล์ ${acceptedTypesTh} (ตรวจจากเนื้อไฟล์ ไม่ใช่จากชื่อไฟล์)`,
    'This file is not of an accepted type: PDF, JPEG, PNG, WebP, MP4, M4A or MP3 only, as found in its content, whatever its name',
  );

/** What is kept of an upload: where its bytes went, what they are, their size and SHA-256. */
export interface UploadContent {
  fileName: string;
  mediaType: string;
  bytes: number;
  sha256: string;
  stored: StoredBytes;
}

/**
 * The name as kept: no directory, no control or bidirectional-override characters, at most 200
 * characters, and the extension of the type found (a JPEG sent as `photo.exe` is kept as
 * `photo.jpg`), so that whoever downloads it opens it as what it is.
 */
export function keptFileName(given: string | undefined, type: Accepted): string {
  const base = (given ?? '')
    .split(/[\\/]/)
    .pop()!
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069"]/g, '')
    .trim();
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).slice(0, 200).trim() || 'file';
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  return `${stem}.${(type.names as readonly string[]).includes(extension) ? extension : type.names[0]}`;
}

/** file-type reads at most this much of a file's start to tell what it is. */
const sampleBytes = 4100;

/**
 * Contract, "The citizen's channel": an upload taken in as it arrives (issue 12, "Performance":
 * streamed, never held whole). Its first bytes tell its type (file-type), and anything not of an
 * accepted type is refused before a byte is stored. A staff scan or a public PDF, video or sound
 * goes to the store slice by slice as it comes, hashed on the way. A public image is the exception
 * it must be: sharp decodes it whole and encodes it again, which keeps no metadata (EXIF, XMP,
 * IPTC, GPS, ICC) unless asked to, after turning it upright (`rotate()` applies the EXIF
 * orientation that is about to be dropped); nothing of it is stored before that. `sha256` is the
 * stored bytes'.
 */
export class UploadIntake {
  private head: Buffer[] = [];
  private headBytes = 0;
  private type: Accepted | null = null;
  private image: Buffer[] | null = null;
  private writer: FileWriter | null = null;
  private readonly hash = createHash('sha256');
  private size = 0;
  /** The chunk being stored now; an abort waits for it, then takes nothing more. */
  private inFlight: Promise<void> = Promise.resolve();
  private aborted = false;

  constructor(
    private readonly source: FileSource,
    private readonly startWriting: (mediaType: string) => FileWriter,
  ) {}

  push(chunk: Buffer): Promise<void> {
    const pushed = this.inFlight.then(() => this.accept(chunk));
    this.inFlight = pushed.catch(() => undefined);
    return pushed;
  }

  private async accept(chunk: Buffer): Promise<void> {
    if (this.aborted) return;
    if (!this.type) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (this.headBytes >= sampleBytes) await this.decide();
      return;
    }
    await this.take(chunk);
  }

  /** The whole upload came: the content as kept (refused when empty or of no accepted type). */
  end(fileName: string | undefined): Promise<UploadContent> {
    // In line with the chunks: an abort waits for it too, and whatever it stored is removed.
    const ended = this.inFlight.then(() => this.complete(fileName));
    this.inFlight = ended.then(
      () => undefined,
      () => undefined,
    );
    return ended;
  }

  private async complete(fileName: string | undefined): Promise<UploadContent> {
    if (this.aborted) throw new Error('the upload was refused before it was complete');
    if (!this.type) {
      if (this.headBytes === 0) throw badInput('file', 'ไฟล์ว่างเปล่า ไม่มีข้อมูล', 'The file is empty');
      await this.decide();
    }
    const type = this.type!;
    if (this.image) {
      const image = await stripped(Buffer.concat(this.image), type.image!);
      if (this.aborted) throw new Error('the upload was refused before it was complete');
      this.writer = this.startWriting(type.mediaType);
      await this.store(image);
      this.image = null;
    }
    const stored = await this.writer!.finish();
    return { fileName: keptFileName(fileName, type), mediaType: type.mediaType, bytes: this.size, sha256: this.hash.digest('hex'), stored };
  }

  /** Keeps nothing of it (refused, or the client went away). */
  async abort(): Promise<void> {
    this.aborted = true;
    this.image = null;
    await this.inFlight;
    await this.writer?.abort();
  }

  private async decide(): Promise<void> {
    const head = Buffer.concat(this.head, this.headBytes);
    this.head = [];
    const found = await fileTypeFromBuffer(head);
    const type = found && Object.hasOwn(accepted, found.ext) ? accepted[found.ext as keyof typeof accepted] : null;
    if (!type) throw notAccepted();
    this.type = type;
    if (type.image && this.source === FileSource.PUBLIC) this.image = [];
    else this.writer = this.startWriting(type.mediaType);
    await this.take(head);
  }

  private async take(chunk: Buffer): Promise<void> {
    if (this.image) this.image.push(chunk);
    else await this.store(chunk);
  }

  private async store(chunk: Buffer): Promise<void> {
    this.hash.update(chunk);
    this.size += chunk.length;
    await this.writer!.write(chunk);
  }
}

/** A public image decoded and encoded again, without its metadata and upright. */
async function stripped(given: Buffer, format: 'jpeg' | 'png' | 'webp'): Promise<Buffer> {
  try {
    return await oneAtATime(() => {
      const image = sharp(given, { limitInputPixels: maxImagePixels, failOn: 'error' }).rotate();
      return (format === 'jpeg' ? image.jpeg({ quality: 90 }) : format === 'png' ? image.png() : image.webp({ quality: 90 })).toBuffer();
    });
  } catch {
    throw badInput(
      'file',
      'เปิดไฟล์ภาพนี้ไม่ได้ ไฟล์อาจเสียหายหรือภาพใหญ่เกินไป กรุณาถ่ายภาพหรือบันทึกไฟล์ใหม่',
      'This image cannot be read: the file may be damaged or the picture too large; take or save it again',
    );
  }
}
