import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { forwardedFor as from, stateByReceipt, websiteForm, Workflow } from './factories.js';
import { Agent, errorCode, signedIn, subscribe, type GraphQLResponse } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';
import { spawnServer } from './server-process.js';

/**
 * Contract, "Release 2" → "The citizen's channel (website)", first slice (issue 12): the public
 * form's submitComplaint, the tracking code, trackComplaint, the two-way messages and the limits
 * per client address. Two real servers: one behind a trusted proxy (TRUST_PROXY, each test acts
 * from an address of its own through X-Forwarded-For), one without (the header must not count).
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

/** A fresh client address, as the trusted proxy would report it. */
const newAddress = () => `203.0.113.${nextAddress++}`;

/** What a citizen's browser sends: no session, from `address` (X-Forwarded-For, trusted only with TRUST_PROXY). */
async function asCitizen(
  server: TestServer,
  name: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: operation(name), variables }),
  });
  const body = (await response.json()) as Pick<GraphQLResponse, 'data' | 'errors'>;
  return { status: response.status, ...body, statements: Number(response.headers.get('x-sql-statements')), headers: response.headers };
}

interface TrackedNotice {
  kind: string;
  method: string;
  letter: { subjectTh: string; paragraphsTh: string[]; fromTh: string } | null;
}

/** Digits as the letters print them (๐–๙). */
const thaiNumerals = (text: string) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0e50 + Number(digit)));

/** The website form, its incident five days ago. */
const formInput = (overrides: Record<string, unknown> = {}) =>
  websiteForm({ incidentAt: new Date(Date.now() - 5 * 86_400_000).toISOString(), ...overrides });

async function submit(address: string, overrides: Record<string, unknown> = {}) {
  const result = await asCitizen(proxied, 'SubmitComplaint', { input: formInput(overrides) }, from(address));
  expect(result.errors).toBeUndefined();
  return result.data.submitComplaint as { receiptNumber: string; trackingCode: string };
}

const stateOf = (receiptNumber: string) => stateByReceipt(db, receiptNumber);

beforeAll(async () => {
  proxied = await startTestServer({ TRUST_PROXY: 'true', PUBLIC_SUBMISSIONS_PER_HOUR: '3' });
  direct = await startTestServer({ PUBLIC_SUBMISSIONS_PER_HOUR: '2' });
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

describe('submitComplaint', () => {
  it('records a WEBSITE complaint received now, recorded by nobody, with the RECEIVED clocks, and answers a receipt number and a tracking code', async () => {
    const before = Date.now();
    const { receiptNumber, trackingCode } = await submit(newAddress());
    expect(receiptNumber).toMatch(/^\d+\/25\d\d$/);
    // Six groups of four from an alphabet of 31: about 119 bits, read over the phone group by group.
    expect(trackingCode).toMatch(/^([A-HJKMNP-Z2-9]{4}-){5}[A-HJKMNP-Z2-9]{4}$/);
    const state = await stateOf(receiptNumber);
    const complaint = (await center.ok(operation('Complaint'), { id: state.id })).complaint;
    expect(complaint.channel.code).toBe('WEBSITE');
    expect(complaint.stage).toBe('RECEIVED');
    expect(Date.parse(complaint.receivedAt)).toBeGreaterThanOrEqual(before - 1_000);
    expect(Date.parse(complaint.receivedAt)).toBeLessThanOrEqual(Date.now() + 1_000);
    expect(complaint.complainant.fullName).toBe('นายสมปอง ใจกล้า');
    // R2.1: the same clocks as any complaint received (the 3-day registration among them).
    expect(complaint.deadlines.length).toBeGreaterThan(0);
    const { rows } = await db.query(`select recorded_by_id from complaint where id = $1`, [state.id]);
    expect(rows[0].recorded_by_id).toBeNull();
  });

  it('raises NEW_COMPLAINT to a CENTER_OFFICER subscriber as for any complaint', async () => {
    const alerts = subscribe(proxied.url, center.cookie, `subscription { alerts { kind complaint { id receiptNumber } } }`);
    await alerts.ready;
    const { receiptNumber } = await submit(newAddress());
    await alerts.waitFor(1);
    expect(alerts.results[0].data?.alerts).toMatchObject({ kind: 'NEW_COMPLAINT', complaint: { receiptNumber } });
    await alerts.close();
  });

  it('takes no receipt number when refused: a missing required field, or an upload that does not exist (BAD_USER_INPUT)', async () => {
    const address = newAddress();
    const { rows: before } = await db.query(`select count(*)::int as n from complaint`);
    const blank = await asCitizen(proxied, 'SubmitComplaint', { input: formInput({ subject: '   ' }) }, from(address));
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    const files = await asCitizen(
      proxied,
      'SubmitComplaint',
      { input: formInput({ attachmentIds: ['3f1c2b7e-0c55-4d8e-9b7a-1f2e3d4c5b6a'] }) },
      from(newAddress()),
    );
    expect(errorCode(files)).toBe('BAD_USER_INPUT');
    expect(files.errors![0].message).toContain('แนบไฟล์');
    expect(files.errors![0].extensions?.field).toBe('attachmentIds');
    const { rows: after } = await db.query(`select count(*)::int as n from complaint`);
    expect(after[0].n).toBe(before[0].n);
    // The next accepted one takes the next number: nothing was spent on the refusals.
    const { rows: last } = await db.query(`select max(last_number)::int as n from receipt_counter`);
    const next = await submit(newAddress());
    expect(Number(next.receiptNumber.split('/')[0])).toBe(last[0].n + 1);
  });

  it('keeps the code only as a SHA-256: never in clear in any table, nor on the audit trail', async () => {
    const { trackingCode, receiptNumber } = await submit(newAddress());
    const state = await stateOf(receiptNumber);
    await asCitizen(proxied, 'SendTrackingMessage', { input: { code: trackingCode, body: 'ขอทราบความคืบหน้า' } }, from(newAddress()));
    await asCitizen(proxied, 'TrackComplaint', { code: trackingCode }, from(newAddress()));
    const normalised = trackingCode.replaceAll('-', '');
    const { rows: tables } = await db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
    );
    expect(tables.map((t) => t.table_name)).toContain('audit_entry');
    for (const { table_name } of tables) {
      const { rows } = await db.query(
        `select count(*)::int as n from "${table_name}" t where upper(t::text) like $1 or upper(replace(t::text, '-', '')) like $2`,
        [`%${trackingCode}%`, `%${normalised}%`],
      );
      expect(rows[0].n, `the code in clear in ${table_name}`).toBe(0);
    }
    const { rows } = await db.query(`select code_hash from tracking_code where complaint_id = $1`, [state.id]);
    expect(rows[0].code_hash).toMatch(/^[0-9a-f]{64}$/);
    const { rows: audit } = await db.query(`select action, target, data from audit_entry where action = 'sendTrackingMessage'`);
    expect(audit.length).toBeGreaterThan(0);
    for (const entry of audit) expect(entry.target).toBeNull();
  });

  it("keeps no client address with a complaint: the audit entries of the citizen's mutations hold none, a clerk's still do (issue 12, item 5)", async () => {
    const address = newAddress();
    const { trackingCode, receiptNumber } = await submit(address);
    await asCitizen(proxied, 'SendTrackingMessage', { input: { code: trackingCode, body: 'ขอทราบความคืบหน้า' } }, from(address));
    const { rows } = await db.query<{ action: string; ip: string | null }>(
      `select action, ip from audit_entry where action in ('submitComplaint', 'sendTrackingMessage')`,
    );
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['submitComplaint', 'sendTrackingMessage']));
    for (const row of rows) expect(row.ip, row.action).toBeNull();
    const { rows: anywhere } = await db.query(`select count(*)::int as n from audit_entry a where a::text like $1`, [`%${address}%`]);
    expect(anywhere[0].n).toBe(0);
    const state = await stateOf(receiptNumber);
    await center.request(operation('ReplyToComplainant'), {
      input: { complaintId: state.id, expectedVersion: state.version, body: 'รับทราบ' },
    });
    const { rows: staff } = await db.query(`select ip from audit_entry where action = 'replyToComplainant' order by at desc limit 1`);
    expect(staff[0].ip).not.toBeNull();
  });

  it('accepts PUBLIC_SUBMISSIONS_PER_HOUR from one address, then RATE_LIMITED with a Thai message saying when; others are unaffected', async () => {
    const address = newAddress();
    for (let i = 0; i < 3; i++) await submit(address);
    const { rows: before } = await db.query(`select count(*)::int as n from complaint`);
    const refused = await asCitizen(proxied, 'SubmitComplaint', { input: formInput() }, from(address));
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.errors![0].message).toMatch(/กรุณาลองใหม่อีกครั้งในอีก \d+ นาที/);
    expect(refused.errors![0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const { rows: after } = await db.query(`select count(*)::int as n from complaint`);
    expect(after[0].n).toBe(before[0].n);
    // The count is kept in PostgreSQL and committed though the mutation was refused.
    const { rows } = await db.query(`select hits from public_limit where key = $1`, [`submit:${address}`]);
    expect(rows[0].hits).toBe(4);
    // A counter whose window ended an hour ago is removed by the next count (SECURITY.md): no address kept longer.
    await db.query(`update public_limit set window_started_at = now() - interval '61 minutes' where key = $1`, [`submit:${address}`]);
    await submit(newAddress());
    expect((await db.query(`select 1 from public_limit where key = $1`, [`submit:${address}`])).rows).toEqual([]);
  });

  it("counts by the socket's address without TRUST_PROXY: a forged X-Forwarded-For does not bypass the limit", async () => {
    for (let i = 0; i < 2; i++) {
      const accepted = await asCitizen(direct, 'SubmitComplaint', { input: formInput() }, from(newAddress()));
      expect(accepted.errors).toBeUndefined();
    }
    const forged = await asCitizen(direct, 'SubmitComplaint', { input: formInput() }, from(newAddress()));
    expect(errorCode(forged)).toBe('RATE_LIMITED');
  });
});

describe('trackComplaint', () => {
  it('shows the letter of a notice sent through the tracking page, and of no other: its subject and paragraphs, no name and no subject of the complaint (issue 12, item 3)', async () => {
    const { trackingCode, receiptNumber } = await submit(newAddress());
    const flow = new Workflow(center, commander);
    const registered = await flow.register(await stateOf(receiptNumber));
    const acknowledged = await flow.notice(registered, 'ACKNOWLEDGEMENT', 'TRACKING_PAGE');
    await flow.notice(acknowledged, 'PROGRESS', 'LETTER');
    const result = await asCitizen(proxied, 'TrackComplaint', { code: trackingCode }, from(newAddress()));
    expect(result.errors).toBeUndefined();
    const query = `query($code: String!) { trackComplaint(code: $code) { notices { kind method letter { subjectTh paragraphsTh fromTh } } } }`;
    const response = await fetch(`${proxied.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from(newAddress()) },
      body: JSON.stringify({ query, variables: { code: trackingCode } }),
    });
    const { notices } = ((await response.json()) as { data: { trackComplaint: { notices: TrackedNotice[] } } }).data.trackComplaint;
    expect(notices.map((notice) => [notice.kind, notice.method])).toEqual([
      ['ACKNOWLEDGEMENT', 'TRACKING_PAGE'],
      ['PROGRESS', 'LETTER'],
    ]);
    const [letter, none] = [notices[0]!.letter, notices[1]!.letter];
    expect(none).toBeNull();
    expect(letter!.subjectTh).toBe('แจ้งการรับเรื่องร้องเรียน');
    expect(letter!.paragraphsTh[0]).toContain(`ตามเลขรับที่ ${thaiNumerals(receiptNumber)}`);
    expect(letter!.paragraphsTh[1]).toBe('ขอแจ้งให้ทราบว่าได้รับเรื่องร้องเรียนของท่านไว้แล้ว และจะดำเนินการตรวจสอบข้อเท็จจริงตามขั้นตอนต่อไป');
    expect(letter!.fromTh).toMatch(/^ศูนย์ปฏิบัติการต่อต้านการทุจริต /);
    const text = JSON.stringify(letter);
    for (const words of [formInput().subject, 'สมปอง', 'ใจกล้า', 'สมหมาย']) expect(text).not.toContain(words);
  });

  it('answers what the holder of the code may know, in plain Thai, case-insensitive, and nothing naming the complainant or the accused', async () => {
    const { trackingCode, receiptNumber } = await submit(newAddress());
    const flow = new Workflow(center, commander);
    const registered = await flow.register(await stateOf(receiptNumber));
    await flow.notice(registered, 'ACKNOWLEDGEMENT', 'TRACKING_PAGE');
    const typed = ` ${trackingCode.toLowerCase().replaceAll('-', ' ')} `;
    const result = await asCitizen(proxied, 'TrackComplaint', { code: typed }, from(newAddress()));
    expect(result.errors).toBeUndefined();
    const tracked = result.data.trackComplaint;
    expect(tracked).toMatchObject({ receiptNumber, stage: 'REGISTERED', messages: [], attachments: [] });
    expect(tracked.notices).toEqual([{ kind: 'ACKNOWLEDGEMENT', sentAt: expect.any(String) }]);
    const withText = await asCitizen(proxied, 'TrackComplaint', { code: trackingCode }, from(newAddress()));
    expect(withText.errors).toBeUndefined();
    const plain = await fetch(`${proxied.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from(newAddress()) },
      body: JSON.stringify({
        query: `query($code: String!) { trackComplaint(code: $code) { stageTh stageEn } }`,
        variables: { code: trackingCode },
      }),
    });
    const stage = ((await plain.json()) as { data: { trackComplaint: { stageTh: string; stageEn: string } } }).data.trackComplaint;
    expect(stage.stageTh).toBe('ลงทะเบียนรับเรื่องแล้ว กำลังตรวจสอบเบื้องต้น');
    expect(stage.stageTh).not.toMatch(/[A-Z_]{4,}/);
    const text = JSON.stringify(withText.data);
    for (const name of ['สมปอง', 'ใจกล้า', '081-234-5678', 'sompong', 'สมหมาย', 'พนักงานจ้างเหมา']) expect(text).not.toContain(name);
    expect(new Date(tracked.receivedAt).getTime()).toBeGreaterThan(0);
  });

  it('takes one tracking code per request: aliased fields cannot try many codes before the first is counted', async () => {
    const address = newAddress();
    const aliases = Array.from({ length: 12 }, (_, i) => `t${i}: trackComplaint(code: "WRONG-CODE-${i}") { receiptNumber }`).join(' ');
    const response = await fetch(`${proxied.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from(address) },
      body: JSON.stringify({ query: `{ ${aliases} }` }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    // The second field is refused (and, its type being non-null, the answer has no data at all).
    expect(body.errors.map((error) => error.extensions.code)).toContain('BAD_USER_INPUT');
    // The first may still be finishing its count: at most one guess is counted, never twelve.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { rows } = await db.query(`select hits from public_limit where key = $1`, [`wrong-code:${address}`]);
    expect(rows[0]?.hits ?? 0).toBeLessThanOrEqual(1);
  });

  it('answers NOT_FOUND to a wrong code; after 10 wrong codes from one address in 15 minutes, every code-taking call from it is RATE_LIMITED', async () => {
    const { trackingCode } = await submit(newAddress());
    const address = newAddress();
    for (let i = 0; i < 10; i++) {
      const wrong = await asCitizen(proxied, 'TrackComplaint', { code: `WRONG-CODE-${i}` }, from(address));
      expect(errorCode(wrong)).toBe('NOT_FOUND');
      expect(wrong.errors![0].message).toContain('ไม่พบเรื่องตามรหัสติดตามเรื่อง');
    }
    // Even the right code, and a message, from that address: refused for the rest of the window.
    const right = await asCitizen(proxied, 'TrackComplaint', { code: trackingCode }, from(address));
    expect(errorCode(right)).toBe('RATE_LIMITED');
    expect(right.errors![0].message).toMatch(/กรุณาลองใหม่อีกครั้งในอีก \d+ นาที/);
    const message = await asCitizen(proxied, 'SendTrackingMessage', { input: { code: trackingCode, body: 'ข้อความ' } }, from(address));
    expect(errorCode(message)).toBe('RATE_LIMITED');
    // Another address is not affected, nor is staff.
    const other = await asCitizen(proxied, 'TrackComplaint', { code: trackingCode }, from(newAddress()));
    expect(other.errors).toBeUndefined();
    expect((await center.request(operation('Board'))).errors).toBeUndefined();
    // Without TRUST_PROXY a forged header changes nothing: wrong codes count against the socket's address.
    for (let i = 0; i < 10; i++) {
      expect(errorCode(await asCitizen(direct, 'TrackComplaint', { code: `NOPE-${i}` }, from(newAddress())))).toBe('NOT_FOUND');
    }
    expect(errorCode(await asCitizen(direct, 'TrackComplaint', { code: 'NOPE-X' }, from(newAddress())))).toBe('RATE_LIMITED');
  });
});

describe('messages between the complainant and the Center', () => {
  it('sendTrackingMessage raises NEW_MESSAGE to a CENTER_OFFICER subscriber, live and on catching up, not to a division officer who reads the complaint', async () => {
    const { trackingCode, receiptNumber } = await submit(newAddress());
    const flow = new Workflow(center, commander);
    let state = await stateOf(receiptNumber);
    state = await flow.register(state);
    state = await flow.submit(state);
    state = await flow.accept(state);
    state = await flow.distribute(state);
    // The division officer reads the complaint (FACT_FINDING, ENGINEERING)…
    expect((await engineer.request(operation('Complaint'), { id: state.id })).errors).toBeUndefined();
    const query = `subscription { alerts { kind complaint { id receiptNumber } } }`;
    const centerAlerts = subscribe(proxied.url, center.cookie, query);
    const engineerAlerts = subscribe(proxied.url, engineer.cookie, query);
    await Promise.all([centerAlerts.ready, engineerAlerts.ready]);
    const sent = await asCitizen(proxied, 'SendTrackingMessage', { input: { code: trackingCode, body: 'มีหลักฐานเพิ่ม' } }, from(newAddress()));
    expect(sent.errors).toBeUndefined();
    expect(sent.data.sendTrackingMessage).toEqual({ ok: true });
    await centerAlerts.waitFor(1);
    expect(centerAlerts.results[0].data?.alerts).toMatchObject({ kind: 'NEW_MESSAGE', complaint: { id: state.id, receiptNumber } });
    // …but gets no NEW_MESSAGE (nor an error: the subscription stays open and quiet).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(engineerAlerts.results).toEqual([]);
    await Promise.all([centerAlerts.close(), engineerAlerts.close()]);
    // Catching up (alerts since) replays it to a CENTER_OFFICER, and still not to the division officer.
    const since = new Date(Date.now() - 60_000).toISOString();
    const replay = `subscription { alerts(since: "${since}") { kind replayed complaint { id } } }`;
    const centerReplay = subscribe(proxied.url, center.cookie, replay);
    const engineerReplay = subscribe(proxied.url, engineer.cookie, replay);
    await Promise.all([centerReplay.ready, engineerReplay.ready]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(centerReplay.results.map((result) => result.data?.alerts)).toContainEqual({
      kind: 'NEW_MESSAGE',
      replayed: true,
      complaint: { id: state.id },
    });
    // It catches up on what it may see (the complaint's NEW_COMPLAINT), but not the message.
    expect(engineerReplay.results.map((result) => result.data?.alerts)).toContainEqual({
      kind: 'NEW_COMPLAINT',
      replayed: true,
      complaint: { id: state.id },
    });
    expect(engineerReplay.results.map((result) => result.data?.alerts.kind)).not.toContain('NEW_MESSAGE');
    expect(engineerReplay.results.every((result) => !result.errors)).toBe(true);
    await Promise.all([centerReplay.close(), engineerReplay.close()]);
  });

  it('replyToComplainant (CENTER_OFFICER, version + 1) adds a CENTER message the tracking page shows; messages only to who may see the complainant', async () => {
    const { trackingCode, receiptNumber } = await submit(newAddress(), {
      accused: [{ officialId: officialOf.finance }],
    });
    const flow = new Workflow(center, commander);
    let state = await stateOf(receiptNumber);
    state = await flow.register(state);
    state = await flow.submit(state);
    state = await flow.accept(state);
    state = await flow.distribute(state);
    await asCitizen(proxied, 'SendTrackingMessage', { input: { code: trackingCode, body: 'ผมชื่อสมปอง มีภาพเพิ่ม' } }, from(newAddress()));

    const stale = await center.request(operation('ReplyToComplainant'), {
      input: { complaintId: state.id, expectedVersion: state.version - 1, body: 'ตอบ' },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const refused = await engineer.request(operation('ReplyToComplainant'), {
      input: { complaintId: state.id, expectedVersion: state.version, body: 'ตอบ' },
    });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const replied = await center.ok(operation('ReplyToComplainant'), {
      input: { complaintId: state.id, expectedVersion: state.version, body: 'ได้รับแล้ว กรุณาส่งภาพมาที่ศูนย์' },
    });
    expect(replied.replyToComplainant.complaint).toEqual({ id: state.id, version: state.version + 1 });

    const tracked = (await asCitizen(proxied, 'TrackComplaint', { code: trackingCode }, from(newAddress()))).data.trackComplaint;
    expect(tracked.messages.map((m: { from: string; body: string }) => [m.from, m.body])).toEqual([
      ['COMPLAINANT', 'ผมชื่อสมปอง มีภาพเพิ่ม'],
      ['CENTER', 'ได้รับแล้ว กรุณาส่งภาพมาที่ศูนย์'],
    ]);

    const messagesQuery = `query($id: ID!) { complaint(id: $id) { id messages { from body at } } }`;
    const seen = (await center.ok(messagesQuery, { id: state.id })).complaint.messages;
    expect(seen.map((m: { from: string }) => m.from)).toEqual(['COMPLAINANT', 'CENTER']);
    // Roles that may not see identities read the complaint but no message (they may carry identity).
    for (const agent of [commander, engineer]) {
      const result = await agent.request(messagesQuery, { id: state.id });
      expect(result.errors).toBeUndefined();
      expect(result.data.complaint.messages).toEqual([]);
    }
    // The accused official (overriding rule 1) does not even learn the complaint exists.
    expect(errorCode(await finance.request(messagesQuery, { id: state.id }))).toBe('NOT_FOUND');
  });

  it('refuses a reply to a complaint not sent through the website (BAD_USER_INPUT): its complainant has no code to read it', async () => {
    const flow = new Workflow(center, commander);
    const recorded = await flow.record();
    const result = await center.request(operation('ReplyToComplainant'), {
      input: { complaintId: recorded.id, expectedVersion: recorded.version, body: 'ตอบ' },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('เว็บไซต์');
  });
});

describe('the logs', () => {
  it('never hold a tracking code in clear, at the most talkative log level, whatever the call does with it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rongrian-citizen-logs-'));
    const server = spawnServer({ DATA_DIR: dataDir, LOG_LEVEL: 'trace', SEED_DEMO: 'true' });
    try {
      const url = await server.started;
      const call = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as GraphQLResponse;
      };
      const sent = await call(operation('SubmitComplaint'), { input: formInput() });
      expect(sent.errors).toBeUndefined();
      const { trackingCode } = sent.data.submitComplaint as { trackingCode: string };
      expect((await call(operation('TrackComplaint'), { code: trackingCode })).errors).toBeUndefined();
      expect((await call(operation('SendTrackingMessage'), { input: { code: trackingCode, body: 'ข้อความ' } })).errors).toBeUndefined();
      // Refused calls that carry the code: a blank message, and the code in a malformed request.
      expect(errorCode(await call(operation('SendTrackingMessage'), { input: { code: trackingCode, body: ' ' } }))).toBe('BAD_USER_INPUT');
      await call(`query($code: String!) { trackComplaint(code: $code) { nope } }`, { code: trackingCode });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const output = server.output();
      expect(output).toContain('"msg":"graphql"');
      expect(output.toUpperCase().replaceAll('-', '')).not.toContain(trackingCode.replaceAll('-', ''));
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
