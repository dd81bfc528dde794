import { publicAttachmentsMax, uploadMaxBytes } from '@rongrian/schema/input-rules';
import type { Lang } from '../../app/i18n';
import { publicBodyHeaders } from '../../app/public-body';

/** What `POST /uploads` answers (contract, "The citizen's channel"). */
export type UploadedFile = { id: string; fileName: string; mediaType: string; bytes: number; sha256: string };

/** Contract: at most 5 files to a complaint, each at most 20 MiB; checked here too, before any byte is sent. */
export const maxFiles = publicAttachmentsMax;
export const maxFileBytes = uploadMaxBytes;
export const maxFileMiB = uploadMaxBytes / (1024 * 1024);

/** What the picker offers; the server recognises the type from the bytes whatever the name says. */
export const acceptedFiles =
  '.pdf,.jpg,.jpeg,.png,.webp,.mp4,.m4a,.mp3,application/pdf,image/jpeg,image/png,image/webp,video/mp4,audio/mp4,audio/mpeg';

/** Why a chosen file is not sent: the count or the size limit (contract figures). */
export function fileProblem(file: { size: number }, alreadyHeld: number): 'tooMany' | 'tooLarge' | undefined {
  if (alreadyHeld >= maxFiles) return 'tooMany';
  if (file.size > maxFileBytes) return 'tooLarge';
  return undefined;
}

/** The server's refusal, in the reader's language when it gives both (`{ error: { code, message } }`). */
export class UploadRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type RefusalBody = { error?: { code?: unknown; message?: unknown; messageTh?: unknown; messageEn?: unknown } };

/** The refusal's text for a reader of `lang`: its own language's message, else the Thai-first one. */
export function refusalText(body: unknown, lang: Lang): string | undefined {
  const error = (body as RefusalBody | null)?.error;
  if (!error) return undefined;
  const own = lang === 'en' ? error.messageEn : error.messageTh;
  if (typeof own === 'string' && own) return own;
  return typeof error.message === 'string' && error.message ? error.message : undefined;
}

/**
 * Sends one file (multipart, one part named `file`). As the public form's upload, without cookies:
 * a citizen's file is always the public kind (metadata removed), even in a browser where someone
 * is signed in to the staff app. As `staff`, with the session: a CENTER_OFFICER's scan, stored
 * byte for byte for `attachFiles`.
 */
export async function uploadFile(file: File, lang: Lang, as: 'public' | 'staff' = 'public'): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch('/uploads', {
    method: 'POST',
    body,
    credentials: as === 'staff' ? 'same-origin' : 'omit',
    headers: publicBodyHeaders(),
  });
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const code = (answer as RefusalBody | null)?.error?.code;
    throw new UploadRefused(typeof code === 'string' ? code : `HTTP_${response.status}`, refusalText(answer, lang) ?? '');
  }
  return answer as UploadedFile;
}

/** A file's size as a person reads it: bytes, KB or MB (1024-based, as the limit is). */
export function formatBytes(bytes: number, lang: Lang): string {
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'th-TH', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${number.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}
