import { uploadMaxBytes } from '@rongrian/schema/input-rules';
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { badInput } from '../shared/domain-error.js';
import { FileSource } from './file.enums.js';

/** Contract, "The citizen's channel": each file at most 20 MiB (schema/input-rules.js, which the web app reads too). */
export { uploadMaxBytes };

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

/** A phone's photo is well under this; a "decompression bomb" (a small file of a huge image) is refused, not decoded. */
const maxImagePixels = 100_000_000;

export const acceptedTypesTh = 'PDF, JPEG, PNG, WebP, MP4, M4A หรือ MP3';

const notAccepted = () =>
  badInput(
    'file',
    `ไฟล์นี้ไม่ใช่ประเภทที่รับ ระบบรับเฉพาะไฟล์ ${acceptedTypesTh} (ตรวจจากเนื้อไฟล์ ไม่ใช่จากชื่อไฟล์)`,
    'This file is not of an accepted type: PDF, JPEG, PNG, WebP, MP4, M4A or MP3 only, as found in its content, whatever its name',
  );

/** What is kept of an upload: its bytes as stored, what they are, their size and SHA-256. */
export interface UploadContent {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
  sha256: string;
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

/**
 * Contract, "The citizen's channel": what an upload's bytes are, found in the bytes (file-type),
 * refused unless one of the accepted types. A public image is decoded and encoded again with sharp,
 * which keeps no metadata (EXIF, XMP, IPTC, GPS, ICC) unless asked to, after turning it upright
 * (`rotate()` applies the EXIF orientation that is about to be dropped): nothing of it is stored
 * before that. A staff scan is kept byte for byte. `sha256` is the stored bytes'.
 */
export async function uploadContent(given: Buffer, fileName: string | undefined, source: FileSource): Promise<UploadContent> {
  if (given.length === 0) throw badInput('file', 'ไฟล์ว่างเปล่า ไม่มีข้อมูล', 'The file is empty');
  const found = await fileTypeFromBuffer(given);
  const type = found && Object.hasOwn(accepted, found.ext) ? accepted[found.ext as keyof typeof accepted] : null;
  if (!type) throw notAccepted();
  let bytes = given;
  if (type.image && source === FileSource.PUBLIC) {
    try {
      const image = sharp(given, { limitInputPixels: maxImagePixels, failOn: 'error' }).rotate();
      bytes = await (
        type.image === 'jpeg' ? image.jpeg({ quality: 90 }) : type.image === 'png' ? image.png() : image.webp({ quality: 90 })
      ).toBuffer();
    } catch {
      throw badInput(
        'file',
        'เปิดไฟล์ภาพนี้ไม่ได้ ไฟล์อาจเสียหายหรือภาพใหญ่เกินไป กรุณาถ่ายภาพหรือบันทึกไฟล์ใหม่',
        'This image cannot be read: the file may be damaged or the picture too large; take or save it again',
      );
    }
  }
  return {
    fileName: keptFileName(fileName, type),
    mediaType: type.mediaType,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
