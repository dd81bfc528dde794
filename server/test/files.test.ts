import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileStore } from '../src/modules/files/file-store.js';
import { parseFileStoreUrl } from '../src/modules/files/file-store-url.js';
import { removeOrphanFiles } from '../src/modules/files/file.service.js';
import { operation } from './contract.js';
import { forwardedFor as from, stateByReceipt, websiteForm, Workflow } from './factories.js';
import { Agent, errorCode, signedIn, type GraphQLResponse } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * Issue 12, item 4 — contract, "Release 2" → "The citizen's channel (website)": POST /uploads,
 * attachFiles, GET /files/<id>, the files on submitComplaint, sendTrackingMessage and
 * trackComplaint. Real servers (one behind a trusted proxy so that each test has an address of its
 * own, one without), real PostgreSQL, and for the object store a real S3-compatible server (s3rver).
 */
let proxied: TestServer;
let direct: TestServer;
let db: pg.Client;
let center: Agent;
let commander: Agent;
let engineer: Agent;
let finance: Agent;
let officialOf: Record<string, string>;
let nextAddress = 1;

const newAddress = () => `198.51.100.${nextAddress++}`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const MiB = 1024 * 1024;

interface Uploaded {
  status: number;
  body: { id: string; fileName: string; mediaType: string; bytes: number; sha256: string } & {
    error?: { code: string; message: string; messageTh: string; field?: string };
  };
}

/** POST /uploads as a browser's form sends it: one part named `file` (or as told). */
async function upload(
  server: TestServer,
  bytes: Uint8Array,
  {
    name = 'photo.jpg',
    type = 'image/jpeg',
    headers = {},
    part = 'file',
  }: { name?: string; type?: string; headers?: Record<string, string>; part?: string } = {},
): Promise<Uploaded> {
  const form = new FormData();
  form.append(part, new Blob([bytes], { type }), name);
  const response = await fetch(`${server.url}/uploads`, { method: 'POST', body: form, headers });
  return { status: response.status, body: (await response.json()) as Uploaded['body'] };
}

const publicUpload = (bytes: Uint8Array, options: Parameters<typeof upload>[2] = {}) =>
  upload(proxied, bytes, { ...options, headers: { ...from(newAddress()), ...options.headers } });

const staffUpload = (agent: Agent, bytes: Uint8Array, options: Parameters<typeof upload>[2] = {}) =>
  upload(proxied, bytes, { ...options, headers: { cookie: agent.cookie!, ...options.headers } });

/** A photo as a phone takes it: EXIF with GPS and a description, XMP, and turned by the EXIF orientation. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { ImageDescription: 'home-of-somsak-marker', Make: 'PhoneMaker', Orientation: '6' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '14/1 30/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '100/1 55/1 0/1' },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="xmp-creator-marker"/></rdf:RDF></x:xmpmeta>',
    )
    .toBuffer();
}

const png = () =>
  sharp({ create: { width: 20, height: 20, channels: 4, background: '#f00a' } })
    .png()
    .toBuffer();
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** A Windows program: "MZ" and a PE header. */
const program = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(58),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.alloc(64),
  Buffer.from('PE\0\0'),
  Buffer.alloc(200),
]);

async function storedCount(): Promise<number> {
  // The rows, and any slice of an upload that got no row (a refused or interrupted one must leave none).
  return (
    await db.query(
      `select ((select count(*) from stored_file) + (select count(*) from stored_file_part p
                 where not exists (select 1 from stored_file f where f.id = p.file_id)))::int as n`,
    )
  ).rows[0].n;
}

/** The website form, its incident five days ago. */
const formInput = (overrides: Record<string, unknown> = {}) =>
  websiteForm({ incidentAt: new Date(Date.now() - 5 * 86_400_000).toISOString(), ...overrides });

async function asCitizen(name: string, variables: Record<string, unknown>, server = proxied): Promise<GraphQLResponse> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...from(newAddress()) },
    body: JSON.stringify({ query: operation(name), variables }),
  });
  const body = (await response.json()) as Pick<GraphQLResponse, 'data' | 'errors'>;
  return { status: response.status, ...body, statements: Number.NaN, headers: response.headers };
}

async function submit(overrides: Record<string, unknown> = {}, server = proxied) {
  const result = await asCitizen('SubmitComplaint', { input: formInput(overrides) }, server);
  expect(result.errors).toBeUndefined();
  return result.data.submitComplaint as { receiptNumber: string; trackingCode: string };
}

const stateOf = (receiptNumber: string) => stateByReceipt(db, receiptNumber);

const download = (server: TestServer, id: string, agent?: Agent) =>
  fetch(`${server.url}/files/${id}`, { headers: agent?.cookie ? { cookie: agent.cookie } : {} });

beforeAll(async () => {
  proxied = await startTestServer({ TRUST_PROXY: 'true', PUBLIC_SUBMISSIONS_PER_HOUR: '1000', PUBLIC_UPLOADS_PER_HOUR: '3' });
  direct = await startTestServer({ PUBLIC_UPLOADS_PER_HOUR: '2' });
  db = new pg.Client({ connectionString: proxied.databaseUrl });
  await db.connect();
  [center, commander, engineer, finance] = await Promise.all(
    ['center', 'commander', 'engineer', 'finance'].map((username) => signedIn(proxied.url, username)),
  );
  const officials = (await center.ok(operation('Officials'))).officials as { id: string; user: { username: string } | null }[];
  officialOf = Object.fromEntries(officials.filter((o) => o.user).map((o) => [o.user!.username, o.id]));
}, 60_000);
afterAll(async () => {
  await db?.end();
  await proxied?.stop();
  await direct?.stop();
});

describe('POST /uploads without a session (the public form)', () => {
  it('removes EXIF, GPS and XMP from a photo before storing it, keeps it upright, and answers the stored bytes’ SHA-256', async () => {
    const photo = await phonePhoto();
    const original = await sharp(photo).metadata();
    expect(original.exif).toBeDefined();
    expect(original.xmp).toBeDefined();
    expect(original.orientation).toBe(6);
    // The GPS IFD pointer (tag 0x8825) is in the original's EXIF.
    expect(original.exif!.includes(Buffer.from([0x88, 0x25])) || original.exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true);

    const uploaded = await publicUpload(photo, { name: 'รูปถ่าย หลักฐาน.jpg' });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      fileName: 'รูปถ่าย หลักฐาน.jpg',
      mediaType: 'image/jpeg',
      bytes: expect.any(Number),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const { rows } = await db.query(
      `select (select string_agg(p.bytes, ''::bytea order by p.seq) from stored_file_part p where p.file_id = stored_file.id) as content, bytes, sha256, source, uploaded_by_id, complaint_id from stored_file where id = $1`,
      [uploaded.body.id],
    );
    const stored: Buffer = rows[0].content;
    expect(rows[0]).toMatchObject({ source: 'PUBLIC', uploaded_by_id: null, complaint_id: null, bytes: stored.length });
    expect(sha256(stored)).toBe(uploaded.body.sha256);
    expect(uploaded.body.bytes).toBe(stored.length);
    const kept = await sharp(stored).metadata();
    expect(kept.format).toBe('jpeg');
    expect(kept.exif).toBeUndefined();
    expect(kept.xmp).toBeUndefined();
    expect(kept.orientation).toBeUndefined();
    // Turned upright before the orientation was dropped: 64×48 shown rotated is 48×64.
    expect([kept.width, kept.height]).toEqual([48, 64]);
    for (const marker of ['home-of-somsak-marker', 'xmp-creator-marker', 'PhoneMaker']) expect(stored.includes(marker)).toBe(false);
    // Nothing on the row says where the upload came from.
    const { rows: columns } = await db.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'stored_file'`,
    );
    expect(columns.map((c) => c.column_name).filter((name) => /ip|address|agent|forwarded/.test(name))).toEqual([]);
  });

  it('recognises the type from the bytes: a program named photo.jpg is refused, a JPEG named photo.exe is kept as photo.jpg, a PDF and a PNG are taken', async () => {
    const before = await storedCount();
    const disguised = await publicUpload(program, { name: 'photo.jpg', type: 'image/jpeg' });
    expect(disguised.status).toBe(400);
    expect(disguised.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(disguised.body.error!.message).toContain('ไม่ใช่ประเภทที่รับ');
    expect(disguised.body.error!.message).toContain(' — ');
    const text = await publicUpload(Buffer.from('just some words, not a picture'), { name: 'note.png', type: 'image/png' });
    expect(text.status).toBe(400);
    expect(await storedCount()).toBe(before);

    const renamed = await publicUpload(
      await sharp(await png())
        .jpeg()
        .toBuffer(),
      { name: 'C:\\Users\\x\\photo.exe', type: 'application/x-msdownload' },
    );
    expect(renamed.status).toBe(201);
    expect(renamed.body).toMatchObject({ fileName: 'photo.jpg', mediaType: 'image/jpeg' });
    const document = await publicUpload(pdf, { name: 'หนังสือ.pdf', type: 'application/octet-stream' });
    expect(document.status).toBe(201);
    // Not an image: kept as it came.
    expect(document.body).toMatchObject({ fileName: 'หนังสือ.pdf', mediaType: 'application/pdf', bytes: pdf.length, sha256: sha256(pdf) });
    const image = await publicUpload(await png(), { name: 'screen', type: 'image/png' });
    expect(image.body).toMatchObject({ fileName: 'screen.png', mediaType: 'image/png' });
  });

  it('streams an upload into the store as it arrives: with 3 MiB sent and the client pausing, 3 slices are in PostgreSQL already (issue 12, "Performance")', async () => {
    const boundary = 'rongrian-stream-boundary';
    const slices = async () =>
      Number(
        (
          await db.query(`select count(*)::int as n from stored_file_part p
        where not exists (select 1 from stored_file f where f.id = p.file_id)`)
        ).rows[0].n,
      );
    const before = await slices();
    const part = Buffer.alloc(MiB, 0x43);
    const hash = createHash('sha256');
    const req = httpRequest(`${proxied.url}/uploads`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked', ...from(newAddress()) },
    });
    const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
    });
    const start = Buffer.from('%PDF-1.4\n');
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="long.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    req.write(start);
    hash.update(start);
    for (let i = 0; i < 3; i++) {
      req.write(part);
      hash.update(part);
    }
    // The client pauses in the middle of its body: the server has stored what came, not held it.
    const deadline = Date.now() + 10_000;
    while ((await slices()) < before + 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await slices()).toBe(before + 3);
    const end = Buffer.from('\n%%EOF\n');
    req.write(end);
    hash.update(end);
    req.end(`\r\n--${boundary}--\r\n`);
    const { status, body } = await answered;
    expect(status).toBe(201);
    const uploaded = JSON.parse(body) as { id: string; bytes: number; sha256: string };
    expect(uploaded.bytes).toBe(3 * MiB + start.length + end.length);
    expect(uploaded.sha256).toBe(hash.digest('hex'));
    const { rows } = await db.query(`select count(*)::int as n from stored_file_part where file_id = $1`, [uploaded.id]);
    expect(rows[0].n).toBe(4);
  });

  it('refuses a file over 20 MiB with 413 (BAD_USER_INPUT), with or without a Content-Length, and keeps nothing', async () => {
    const before = await storedCount();
    const big = Buffer.alloc(20 * MiB + 1, 0x41);
    big.write('%PDF-1.4\n');
    const declared = await publicUpload(big, { name: 'big.pdf', type: 'application/pdf' });
    expect(declared.status).toBe(413);
    expect(declared.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', maxBytes: 20 * MiB });
    expect(declared.body.error!.message).toContain('20 MB');

    // Chunked, no Content-Length: refused as the 20 MiB pass, while the client is still sending.
    const boundary = 'rongrian-test-boundary';
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${proxied.url}/uploads`, {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked', ...from(newAddress()) },
      });
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
      );
      const chunk = Buffer.alloc(MiB, 0x42);
      let sent = 0;
      const pump = () => {
        while (sent < 22) {
          sent += 1;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end(`\r\n--${boundary}--\r\n`);
      };
      pump();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe('BAD_USER_INPUT');
    expect(await storedCount()).toBe(before);
  });

  it('refuses no file, two files, a part of another name and a body that is not a form (400, nothing stored)', async () => {
    const before = await storedCount();
    const none = new FormData();
    none.append('note', 'hello');
    const two = new FormData();
    two.append('file', new Blob([pdf]), 'a.pdf');
    two.append('file', new Blob([pdf]), 'b.pdf');
    // A first file of several slices, then a second: its slices are written, then all removed.
    const large = Buffer.concat([pdf, Buffer.alloc(3.5 * MiB, 0x44)]);
    const twoLarge = new FormData();
    twoLarge.append('file', new Blob([large]), 'large.pdf');
    twoLarge.append('file', new Blob([pdf]), 'b.pdf');
    const photoThenFile = new FormData();
    photoThenFile.append(
      'file',
      new Blob([
        await sharp({ create: { width: 64, height: 64, channels: 3, background: '#888' } })
          .jpeg()
          .toBuffer(),
      ]),
      'p.jpg',
    );
    photoThenFile.append('file', new Blob([pdf]), 'b.pdf');
    for (const body of [none, two, twoLarge, photoThenFile]) {
      const response = await fetch(`${proxied.url}/uploads`, { method: 'POST', body, headers: from(newAddress()) });
      expect(response.status).toBe(400);
      const answer = (await response.json()) as Uploaded['body'];
      expect(answer.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(answer.error!.message).toContain('1 ไฟล์');
    }
    expect((await publicUpload(pdf, { part: 'attachment' })).status).toBe(400);
    const json = await fetch(`${proxied.url}/uploads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from(newAddress()) },
      body: JSON.stringify({ file: 'x' }),
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as Uploaded['body']).error!.code).toBe('BAD_USER_INPUT');
    expect(await storedCount()).toBe(before);
  });

  it('keeps nothing of a body interrupted half way, and goes on serving', async () => {
    const before = await storedCount();
    const boundary = 'interrupted-boundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`;
    await new Promise<void>((resolve) => {
      const req = httpRequest(`${proxied.url}/uploads`, {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(5 * MiB), ...from(newAddress()) },
      });
      req.on('error', () => resolve());
      req.write(head);
      req.write(Buffer.alloc(MiB, 0x43), () => {
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 100);
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await storedCount()).toBe(before);
    expect((await publicUpload(pdf)).status).toBe(201);
  });

  it('accepts PUBLIC_UPLOADS_PER_HOUR from one address, then 429 RATE_LIMITED; a forged X-Forwarded-For does not help without TRUST_PROXY', async () => {
    const address = newAddress();
    for (let i = 0; i < 3; i++) expect((await upload(proxied, pdf, { headers: from(address) })).status).toBe(201);
    const before = await storedCount();
    const refused = await upload(proxied, pdf, { headers: from(address) });
    expect(refused.status).toBe(429);
    expect(refused.body.error!.code).toBe('RATE_LIMITED');
    expect(refused.body.error!.message).toMatch(/กรุณาลองใหม่อีกครั้งในอีก \d+ นาที/);
    expect(await storedCount()).toBe(before);
    expect((await db.query(`select hits from public_limit where key = $1`, [`upload:${address}`])).rows[0].hits).toBe(4);
    // Another address is not affected, and staff uploads are not counted.
    expect((await upload(proxied, pdf, { headers: from(newAddress()) })).status).toBe(201);
    for (let i = 0; i < 4; i++) expect((await staffUpload(center, pdf, { headers: from(address) })).status).toBe(201);

    for (let i = 0; i < 2; i++) expect((await upload(direct, pdf, { headers: from(newAddress()) })).status).toBe(201);
    expect((await upload(direct, pdf, { headers: from(newAddress()) })).status).toBe(429);
  });
});

describe('files on a complaint', () => {
  it('submitComplaint attaches up to 5 public uploads; trackComplaint lists them by name and SHA-256; the Center downloads the stored bytes', async () => {
    const photo = await publicUpload(await phonePhoto(), { name: 'ภาพ.jpg' });
    const letter = await publicUpload(pdf, { name: 'จดหมาย.pdf' });
    const { receiptNumber, trackingCode } = await submit({ attachmentIds: [photo.body.id, letter.body.id] });
    const state = await stateOf(receiptNumber);
    const { rows } = await db.query(`select id, complaint_id, attached_at from stored_file where id = any($1::uuid[])`, [
      [photo.body.id, letter.body.id],
    ]);
    expect(rows.every((row) => row.complaint_id === state.id && row.attached_at)).toBe(true);

    const tracked = (await asCitizen('TrackComplaint', { code: trackingCode })).data.trackComplaint;
    expect(tracked.attachments).toEqual([
      { fileName: 'ภาพ.jpg', sha256: photo.body.sha256 },
      { fileName: 'จดหมาย.pdf', sha256: letter.body.sha256 },
    ]);

    const seen = (await center.ok(operation('ComplaintAttachments'), { id: state.id })).complaint;
    expect(seen.attachments).toEqual([
      { id: photo.body.id, fileName: 'ภาพ.jpg', mediaType: 'image/jpeg', bytes: photo.body.bytes, sha256: photo.body.sha256 },
      { id: letter.body.id, fileName: 'จดหมาย.pdf', mediaType: 'application/pdf', bytes: pdf.length, sha256: sha256(pdf) },
    ]);

    const response = await download(proxied, photo.body.id, center);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(sha256(bytes)).toBe(photo.body.sha256);
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="___.jpg"; filename*=UTF-8''${encodeURIComponent('ภาพ.jpg')}`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    // The read is on the audit trail, as a read of identity.
    const { rows: audit } = await db.query(`select actor, data from audit_entry where action = 'IDENTITY_READ' and target = $1`, [
      state.id,
    ]);
    expect(audit).toContainEqual({ actor: 'center', data: { receiptNumber, via: 'GET /files' } });
  });

  it('refuses a sixth file, an unknown or already attached upload, and a staff upload (BAD_USER_INPUT on attachmentIds), taking no receipt number', async () => {
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push((await publicUpload(pdf, { name: `${i}.pdf` })).body.id);
    const { rows: counted } = await db.query(`select count(*)::int as n from complaint`);
    const six = await asCitizen('SubmitComplaint', { input: formInput({ attachmentIds: ids }) });
    expect(errorCode(six)).toBe('BAD_USER_INPUT');
    expect(six.errors![0].extensions).toMatchObject({ field: 'attachmentIds' });
    expect(six.errors![0].message).toContain('ไม่เกิน 5 ไฟล์');

    const attached = await submit({ attachmentIds: ids.slice(0, 1) });
    const staff = (await staffUpload(center, pdf)).body.id;
    for (const attachmentIds of [[ids[1], '3f1c2b7e-0c55-4d8e-9b7a-1f2e3d4c5b6a'], [ids[0]], [staff], ['not-an-id']]) {
      const refused = await asCitizen('SubmitComplaint', { input: formInput({ attachmentIds }) });
      expect(errorCode(refused), JSON.stringify(attachmentIds)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions?.field).toBe('attachmentIds');
      expect(refused.errors![0].extensions?.messageTh).toContain('แนบไฟล์');
    }
    const { rows: after } = await db.query(`select count(*)::int as n from complaint`);
    expect(after[0].n).toBe(counted[0].n + 1);
    // Nothing was attached by the refusals: the five others are still free.
    const { rows } = await db.query(`select count(*)::int as n from stored_file where id = any($1::uuid[]) and complaint_id is null`, [
      ids,
    ]);
    expect(rows[0].n).toBe(5);
    expect((await stateOf(attached.receiptNumber)).id).toBeDefined();
  });

  it('sendTrackingMessage adds the complainant’s files (on the history as FILES_ATTACHED, no names); a sixth is refused', async () => {
    const { receiptNumber, trackingCode } = await submit();
    const state = await stateOf(receiptNumber);
    const more = await publicUpload(await png(), { name: 'เพิ่มเติม.png' });
    const sent = await asCitizen('SendTrackingMessage', { input: { code: trackingCode, body: 'ส่งภาพเพิ่ม', attachmentIds: [more.body.id] } });
    expect(sent.errors).toBeUndefined();
    const tracked = (await asCitizen('TrackComplaint', { code: trackingCode })).data.trackComplaint;
    expect(tracked.attachments).toEqual([{ fileName: 'เพิ่มเติม.png', sha256: more.body.sha256 }]);
    const events = (await center.ok(`query($id: ID!) { complaint(id: $id) { events { kind data } } }`, { id: state.id })).complaint.events;
    const event = events.find((e: { kind: string }) => e.kind === 'FILES_ATTACHED');
    expect(event.data).toEqual({ source: 'PUBLIC', files: 1, sha256: [more.body.sha256] });
    expect(JSON.stringify(events)).not.toContain('เพิ่มเติม');

    const six = [];
    for (let i = 0; i < 6; i++) six.push((await publicUpload(pdf)).body.id);
    const refused = await asCitizen('SendTrackingMessage', { input: { code: trackingCode, body: 'อีก', attachmentIds: six } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions?.field).toBe('attachmentIds');
    // The refused message was not kept either.
    const { rows } = await db.query(`select count(*)::int as n from complaint_message where complaint_id = $1`, [state.id]);
    expect(rows[0].n).toBe(1);
  });

  it('keeps files from an accused official (404 as for no such file) and from roles that may not see identities (attachments and messages empty)', async () => {
    const photo = await publicUpload(await phonePhoto());
    const { receiptNumber, trackingCode } = await submit({ accused: [{ officialId: officialOf.finance }], attachmentIds: [photo.body.id] });
    const flow = new Workflow(center, commander);
    let state = await stateOf(receiptNumber);
    state = await flow.register(state);
    state = await flow.submit(state);
    state = await flow.accept(state);
    state = await flow.distribute(state);
    await asCitizen('SendTrackingMessage', { input: { code: trackingCode, body: 'ผมชื่อสมปอง' } });

    const unknown = await download(proxied, '3f1c2b7e-0c55-4d8e-9b7a-1f2e3d4c5b6a', center);
    expect(unknown.status).toBe(404);
    const unknownBody = (await unknown.json()) as { error: { code: string; messageTh: string } };
    for (const agent of [finance, engineer, commander]) {
      const refused = await download(proxied, photo.body.id, agent);
      expect(refused.status).toBe(404);
      const body = (await refused.json()) as typeof unknownBody;
      expect(body.error.code).toBe('NOT_FOUND');
      expect(body.error.messageTh).toBe(unknownBody.error.messageTh);
      expect(refused.headers.get('content-disposition')).toBeNull();
    }
    // The accused official does not even learn the complaint exists.
    expect(errorCode(await finance.request(operation('ComplaintAttachments'), { id: state.id }))).toBe('NOT_FOUND');
    // The commander and the division's officer read the complaint, but neither its files nor its messages.
    for (const agent of [commander, engineer]) {
      const result = await agent.request(operation('ComplaintAttachments'), { id: state.id });
      expect(result.errors).toBeUndefined();
      expect(result.data.complaint).toEqual({ id: state.id, attachments: [], messages: [] });
    }
    const seen = (await center.ok(operation('ComplaintAttachments'), { id: state.id })).complaint;
    expect(seen.attachments.map((file: { id: string }) => file.id)).toEqual([photo.body.id]);
    expect(seen.messages).toHaveLength(1);
    // Without a session: 401, whatever the id.
    expect((await download(proxied, photo.body.id)).status).toBe(401);
    // An upload not attached to any complaint is served to nobody.
    const loose = await publicUpload(pdf);
    expect((await download(proxied, loose.body.id, center)).status).toBe(404);
  });
});

describe('files and identity requests', () => {
  it("shows a complaint's files to an investigator only while a commander's approval of his identity request lasts", async () => {
    const photo = await publicUpload(await phonePhoto());
    const { receiptNumber } = await submit({ attachmentIds: [photo.body.id] });
    const flow = new Workflow(center, commander);
    let state = await stateOf(receiptNumber);
    state = await flow.register(state);
    state = await flow.submit(state);
    state = await flow.accept(state);
    state = await flow.distribute(state);
    const files = async () => (await engineer.ok(operation('ComplaintAttachments'), { id: state.id })).complaint.attachments;
    expect(await files()).toEqual([]);
    expect((await download(proxied, photo.body.id, engineer)).status).toBe(404);
    const asked = (
      await engineer.ok(`mutation ($input: RequestIdentityInput!) { requestIdentity(input: $input) { id } }`, {
        input: { complaintId: state.id, reason: 'ต้องดูภาพถ่ายหลักฐาน' },
      })
    ).requestIdentity;
    await commander.ok(`mutation ($input: DecideIdentityRequestInput!) { decideIdentityRequest(input: $input) { status } }`, {
      input: { requestId: asked.id, approve: true, hours: 1 },
    });
    expect((await files()).map((file: { id: string }) => file.id)).toEqual([photo.body.id]);
    const served = await download(proxied, photo.body.id, engineer);
    expect(served.status).toBe(200);
    expect(sha256(Buffer.from(await served.arrayBuffer()))).toBe(photo.body.sha256);
    // The approval is his own: the commander who gave it still sees none.
    expect((await commander.ok(operation('ComplaintAttachments'), { id: state.id })).complaint.attachments).toEqual([]);
    await db.query(`update identity_request set expires_at = now() - interval '1 second' where id = $1`, [asked.id]);
    expect(await files()).toEqual([]);
    expect((await download(proxied, photo.body.id, engineer)).status).toBe(404);
  });
});

describe('attachFiles (CENTER_OFFICER scans)', () => {
  it('stores a scan byte for byte (metadata and all), attaches it with version + 1, and shows it to the Center, not on the tracking page', async () => {
    const scan = await phonePhoto();
    const uploaded = await staffUpload(center, scan, { name: 'สแกนจดหมาย.jpg' });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ sha256: sha256(scan), bytes: scan.length, mediaType: 'image/jpeg' });
    const { rows } = await db.query(
      `select (select string_agg(p.bytes, ''::bytea order by p.seq) from stored_file_part p where p.file_id = stored_file.id) as content, source, uploaded_by_id from stored_file where id = $1`,
      [uploaded.body.id],
    );
    expect(Buffer.compare(rows[0].content, scan)).toBe(0);
    expect(rows[0].source).toBe('STAFF');
    expect(rows[0].uploaded_by_id).not.toBeNull();
    // On the audit trail in the officer's name: type, size and SHA-256, not the name (it may name a person).
    const { rows: trail } = await db.query(`select actor, outcome, data from audit_entry where action = 'uploadFile' and target = $1`, [
      uploaded.body.id,
    ]);
    expect(trail).toEqual([
      { actor: 'center', outcome: 'OK', data: { mediaType: 'image/jpeg', bytes: scan.length, sha256: sha256(scan) } },
    ]);
    // Public uploads are not: the trail would keep the citizen's address.
    expect((await db.query(`select count(*)::int as n from audit_entry where action = 'uploadFile' and actor is null`)).rows[0].n).toBe(0);

    const { receiptNumber, trackingCode } = await submit();
    const state = await stateOf(receiptNumber);
    const input = { complaintId: state.id, expectedVersion: state.version, attachmentIds: [uploaded.body.id] };
    expect(errorCode(await center.request(operation('AttachFiles'), { input: { ...input, expectedVersion: state.version - 1 } }))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await engineer.request(operation('AttachFiles'), { input }))).toBe('FORBIDDEN');
    const publicOne = (await publicUpload(pdf)).body.id;
    const refused = await center.request(operation('AttachFiles'), { input: { ...input, attachmentIds: [publicOne] } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions?.field).toBe('attachmentIds');
    expect(errorCode(await center.request(operation('AttachFiles'), { input: { ...input, attachmentIds: [] } }))).toBe('BAD_USER_INPUT');

    const attached = (await center.ok(operation('AttachFiles'), { input })).attachFiles.complaint;
    expect(attached).toEqual({ id: state.id, version: state.version + 1, attachments: [{ id: uploaded.body.id, sha256: sha256(scan) }] });
    const bytes = Buffer.from(await (await download(proxied, uploaded.body.id, center)).arrayBuffer());
    expect(Buffer.compare(bytes, scan)).toBe(0);
    // Attached once: a second time is refused.
    const again = await center.request(operation('AttachFiles'), { input: { ...input, expectedVersion: state.version + 1 } });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    // The tracking page lists the complainant's files only: a scan of a letter may name people.
    expect((await asCitizen('TrackComplaint', { code: trackingCode })).data.trackComplaint.attachments).toEqual([]);
    const events = (await center.ok(`query($id: ID!) { complaint(id: $id) { events { kind actorName data } } }`, { id: state.id }))
      .complaint.events;
    expect(events.at(-1)).toEqual({
      kind: 'FILES_ATTACHED',
      actorName: expect.any(String),
      data: { source: 'STAFF', files: 1, sha256: [sha256(scan)] },
    });
    // On the audit trail as every mutation, the refusals too.
    const { rows: audit } = await db.query(`select outcome from audit_entry where action = 'attachFiles' and target = $1 order by id`, [
      state.id,
    ]);
    expect(audit.map((entry) => entry.outcome)).toEqual([
      'CONFLICT',
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'OK',
      'BAD_USER_INPUT',
    ]);
  });

  it('lets no other role upload (403), whatever it sends', async () => {
    const before = await storedCount();
    for (const agent of [engineer, commander]) {
      const refused = await staffUpload(agent, pdf);
      expect(refused.status).toBe(403);
      expect(refused.body.error!.code).toBe('FORBIDDEN');
    }
    expect(await storedCount()).toBe(before);
    const { rows } = await db.query(`select actor from audit_entry where action = 'uploadFile' and outcome = 'FORBIDDEN'`);
    expect(rows.map((row) => row.actor).sort()).toEqual(['commander', 'engineer']);
  });
});

describe('orphan clean-up', () => {
  it('removes uploads not attached within a day, and only those', async () => {
    const orphan = (await publicUpload(pdf)).body.id;
    const fresh = (await publicUpload(pdf)).body.id;
    const { receiptNumber } = await submit({ attachmentIds: [(await publicUpload(pdf)).body.id] });
    const attached = (await db.query(`select id from stored_file where complaint_id = $1`, [(await stateOf(receiptNumber)).id])).rows[0].id;
    await db.query(`update stored_file set uploaded_at = now() - interval '25 hours' where id = any($1::uuid[])`, [[orphan, attached]]);
    // The slices of an upload whose server stopped half way, a day ago: no row names them.
    const stray = (
      await db.query(
        `insert into stored_file_part (file_id, seq, bytes, written_at)
         select id, seq, '\\x00'::bytea, now() - interval '25 hours' from (select gen_random_uuid() as id) f, generate_series(0, 2) seq
         returning file_id`,
      )
    ).rows[0].file_id;
    const em = proxied.app.database.orm.em.fork();
    const store = createFileStore(null);
    // An hour from now, the fresh upload is not yet a day old.
    await removeOrphanFiles(em, store, new Date(Date.now() + 3_600_000));
    const left = (await db.query(`select id from stored_file where id = any($1::uuid[])`, [[orphan, fresh, attached]])).rows.map(
      (r) => r.id,
    );
    expect(left.sort()).toEqual([fresh, attached].sort());
    expect((await db.query(`select count(*)::int as n from stored_file_part where file_id = $1`, [stray])).rows[0].n).toBe(0);
    // A day and more later, the fresh one goes too; the attached one never does.
    expect(await removeOrphanFiles(em, store, new Date(Date.now() + 25 * 3_600_000))).toBeGreaterThanOrEqual(1);
    expect((await db.query(`select id from stored_file where id = any($1::uuid[])`, [[fresh, attached]])).rows.map((r) => r.id)).toEqual([
      attached,
    ]);
  });
});

/** s3rver, a real S3-compatible server (HTTP, S3's XML API, files on disk), in this process on a free port. */
async function startS3(): Promise<{ port: number; close(): Promise<void> } | string> {
  try {
    const { default: S3rver } = await import('s3rver');
    const directory = mkdtempSync(join(tmpdir(), 'rongrian-s3-'));
    const server = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory,
      configureBuckets: [{ name: 'evidence', configs: [] }],
    });
    const { port } = await server.run();
    return {
      port,
      async close() {
        await server.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    return `s3rver could not start: ${(error as Error).message}`;
  }
}

describe('the S3-compatible store (FILE_STORE_URL)', () => {
  it('keeps the bytes in the bucket, serves them back, and the clean-up removes the objects', async (context) => {
    const s3 = await startS3();
    // Never a mock: without a real S3-compatible server this one test cannot say anything, and says why it skipped.
    if (typeof s3 === 'string') return context.skip(s3);
    const url = `http://S3RVER:S3RVER@127.0.0.1:${s3.port}/evidence/rongrian`;
    const server = await startTestServer({ FILE_STORE_URL: url, TRUST_PROXY: 'true' }, proxied);
    const location = parseFileStoreUrl(url);
    const { S3Client, GetObjectCommand } = await import('@aws-sdk/client-s3');
    const client = new S3Client({
      endpoint: location.endpoint,
      region: location.region,
      forcePathStyle: true,
      credentials: location.credentials!,
    });
    try {
      const photo = await phonePhoto();
      const uploaded = await upload(server, photo, { headers: from(newAddress()) });
      expect(uploaded.status).toBe(201);
      const { rows } = await db.query(
        `select (select string_agg(p.bytes, ''::bytea order by p.seq) from stored_file_part p where p.file_id = stored_file.id) as content, store_key from stored_file where id = $1`,
        [uploaded.body.id],
      );
      expect(rows[0]).toEqual({ content: null, store_key: `rongrian/${uploaded.body.id}` });
      const object = await client.send(new GetObjectCommand({ Bucket: 'evidence', Key: `rongrian/${uploaded.body.id}` }));
      const inBucket = Buffer.from(await object.Body!.transformToByteArray());
      expect(sha256(inBucket)).toBe(uploaded.body.sha256);
      expect((await sharp(inBucket).metadata()).exif).toBeUndefined();

      const { receiptNumber } = await submit({ attachmentIds: [uploaded.body.id] }, server);
      const officer = await signedIn(server.url, 'center');
      const served = await download(server, uploaded.body.id, officer);
      expect(served.status).toBe(200);
      expect(sha256(Buffer.from(await served.arrayBuffer()))).toBe(uploaded.body.sha256);
      expect((await stateOf(receiptNumber)).id).toBeDefined();

      const orphan = (await upload(server, pdf, { headers: from(newAddress()) })).body.id;
      await db.query(`update stored_file set uploaded_at = now() - interval '25 hours' where id = $1`, [orphan]);
      // An object put by a server that stopped before its row: named by no row.
      const { PutObjectCommand } = await import('@aws-sdk/client-s3');
      const strayKey = `rongrian/${randomUUID()}`;
      await client.send(new PutObjectCommand({ Bucket: 'evidence', Key: strayKey, Body: pdf }));
      const store = createFileStore(location);
      try {
        expect(await removeOrphanFiles(server.app.database.orm.em.fork(), store)).toBeGreaterThanOrEqual(1);
        // Not yet a day old: the stray object stays.
        expect((await client.send(new GetObjectCommand({ Bucket: 'evidence', Key: strayKey }))).ContentLength).toBe(pdf.length);
        // A day later it goes; the attached file's object does not.
        await removeOrphanFiles(server.app.database.orm.em.fork(), store, new Date(Date.now() + 25 * 3_600_000));
      } finally {
        store.close();
      }
      await expect(client.send(new GetObjectCommand({ Bucket: 'evidence', Key: strayKey }))).rejects.toMatchObject({ name: 'NoSuchKey' });
      await expect(client.send(new GetObjectCommand({ Bucket: 'evidence', Key: `rongrian/${orphan}` }))).rejects.toMatchObject({
        name: 'NoSuchKey',
      });
      // The attached file's object stays.
      expect((await client.send(new GetObjectCommand({ Bucket: 'evidence', Key: `rongrian/${uploaded.body.id}` }))).ContentLength).toBe(
        inBucket.length,
      );
    } finally {
      client.destroy();
      await server.stop();
      await s3.close();
    }
  }, 60_000);
});

describe('FILE_STORE_URL', () => {
  it('reads s3:// and http(s):// locations, and refuses what it cannot use', () => {
    expect(parseFileStoreUrl('s3://AK:S%2Fe%40cret@minio.example:9000/bucket/a/b?region=ap-southeast-1')).toEqual({
      endpoint: 'https://minio.example:9000',
      bucket: 'bucket',
      prefix: 'a/b/',
      region: 'ap-southeast-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'AK', secretAccessKey: 'S/e@cret' },
    });
    expect(parseFileStoreUrl('http://localhost:9000/files')).toMatchObject({
      endpoint: 'http://localhost:9000',
      prefix: '',
      credentials: null,
    });
    for (const bad of ['ftp://h/b', 's3://host', 'not a url', 's3://KEY@host/b', 's3://h/b?colour=red']) {
      expect(() => parseFileStoreUrl(bad), bad).toThrow();
    }
  });
});
