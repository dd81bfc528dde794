/** One problem of a register file, as POST /imports/register names it (issue 11, item 6). */
export interface ImportProblem {
  row: number;
  column: string;
  messageTh: string;
  messageEn: string;
}

export interface ImportReport {
  dryRun: boolean;
  fileName: string;
  rows: number;
  imported: number;
  alreadyPresent: number;
  problems: ImportProblem[];
}

export type ImportAnswer =
  | { kind: 'report'; report: ImportReport }
  /** A real run refused (every problem named), or the file itself refused. */
  | { kind: 'refused'; messageTh: string; messageEn: string; problems: ImportProblem[] }
  /** Over the server's 10 MB limit. */
  | { kind: 'tooLarge' }
  | { kind: 'failed' };

/**
 * Sends the file's bytes as they are (application/octet-stream: never a form, which another site
 * could forge) with the session cookie; the server checks every row and answers what it found.
 */
export async function sendRegister(file: File, dryRun: boolean): Promise<ImportAnswer> {
  let response: Response;
  try {
    response = await fetch(`/imports/register?dryRun=${dryRun}&fileName=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    });
  } catch {
    return { kind: 'failed' };
  }
  if (response.status === 413) return { kind: 'tooLarge' };
  const body = (await response.json().catch(() => null)) as
    (ImportReport & { errors?: { extensions?: { messageTh?: string; messageEn?: string; problems?: ImportProblem[] } }[] }) | null;
  if (response.ok && body && !body.errors) return { kind: 'report', report: body };
  const extensions = body?.errors?.[0]?.extensions;
  if (extensions?.messageTh) {
    return { kind: 'refused', messageTh: extensions.messageTh, messageEn: extensions.messageEn ?? '', problems: extensions.problems ?? [] };
  }
  return { kind: 'failed' };
}
