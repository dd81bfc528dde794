import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { complaintInput, Workflow } from './factories.js';
import { Agent, errorCode, signedIn, webSocketClient } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
const agents: Record<string, Agent> = {};
let db: pg.Client;
const chainQuery = `{ auditChain { entries valid firstBrokenId head } }`;
const entries = async (target: string) =>
  (await agents.admin.ok(`query ($t: String) { auditEntries(target: $t) { actor action target outcome data } }`, { t: target }))
    .auditEntries;

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['center', 'commander', 'nayok', 'admin']) agents[username] = await signedIn(server.url, username);
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('the audit trail (issue 6)', () => {
  it('records every mutation with who, what, the target, the outcome and the request, refused ones too', async () => {
    const flow = new Workflow(agents.center, agents.commander);
    const c = await flow.record();
    const stale = await agents.center.request(operation('RegisterComplaint'), {
      input: { complaintId: c.id, expectedVersion: 9, registerNumber: '1' },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const trail = await entries(c.id);
    expect(trail.map((entry: { action: string; outcome: string }) => `${entry.action} ${entry.outcome}`)).toEqual([
      'registerComplaint CONFLICT',
      'recordComplaint OK',
    ]);
    expect(trail[0]).toMatchObject({
      actor: 'center',
      target: c.id,
      data: { arguments: { input: { registerNumber: '1', expectedVersion: 9 } }, after: null },
    });
    expect(trail[1].data.after).toMatchObject({ id: c.id, stage: 'RECEIVED', version: 1 });
  });

  it('records a failed sign-in, without the password, although the sign-in changed nothing', async () => {
    const result = await new Agent(server.url).request(operation('SignIn'), { input: { username: 'nayok', password: 'guess-1234' } });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    const [entry] = await entries('nayok');
    expect(entry).toMatchObject({
      action: 'signIn',
      outcome: 'UNAUTHENTICATED',
      data: { arguments: { input: { username: 'nayok' } }, given: ['input.password', 'input.username'] },
    });
    expect(JSON.stringify(entry)).not.toContain('guess-1234');
  });

  it('issue 9, item 2: keeps who, what, which complaint, the outcome and which fields, never the identity or the content', async () => {
    const input = complaintInput({
      subject: 'ลับมาก-หัวข้อ',
      details: 'ลับมาก-รายละเอียด',
      complainant: { fullName: 'ลับมาก-ชื่อ', age: 61, phone: '081-000-0000', email: 'secret@example.org', address: { tambon: 'ลับมาก-ตำบล' } },
      accused: [{ fullName: 'ลับมาก-ผู้ถูกกล่าวหา', position: 'ลับมาก-ตำแหน่ง' }],
    });
    const { recordComplaint } = await agents.center.ok(operation('RecordComplaint'), { input });
    const [entry] = (await entries(recordComplaint.complaint.id)).filter((e: { action: string }) => e.action === 'recordComplaint');
    expect(entry).toMatchObject({ actor: 'center', outcome: 'OK', target: recordComplaint.complaint.id });
    expect(entry.data.arguments.input.channel).toBe(input.channel);
    expect(entry.data.given).toEqual(
      expect.arrayContaining([
        'input.subject',
        'input.details',
        'input.complainant.fullName',
        'input.complainant.age',
        'input.accused[].fullName',
      ]),
    );
    const text = JSON.stringify(entry);
    for (const secret of ['ลับมาก', '081-000-0000', 'secret@example.org', '"age":61', ':61']) expect(text).not.toContain(secret);
    // The same holds in the database, for anyone who reads the table itself.
    const stored = await db.query(`select data::text from audit_entry where target = $1`, [recordComplaint.complaint.id]);
    expect(stored.rows.map((row) => row.data).join()).not.toMatch(/ลับมาก|081-000-0000|secret@example/);
  });

  it('issue 9, item 2: never shows the variables that entries written before the fix hold', async () => {
    const legacy = {
      actorId: null,
      actor: 'center',
      action: 'RecordComplaint',
      target: 'legacy-entry',
      outcome: 'OK',
      requestId: null,
      ip: null,
      data: { variables: { input: { complainant: { fullName: 'นางสาวผู้ร้อง เก่า' } } }, after: null },
    };
    await db.query(`select audit_append($1::jsonb)`, [JSON.stringify([legacy])]);
    const [entry] = await entries('legacy-entry');
    expect(entry.data).toEqual({ after: null, withheld: ['variables'] });
    expect((await agents.admin.ok(chainQuery)).auditChain.valid).toBe(true);
  });

  it('issue 9, item 8: records the root fields executed and their inline arguments, not the name the client gave', async () => {
    const c = await new Workflow(agents.center, agents.commander).record();
    const result = await agents.center.request(
      `mutation Harmless { registerComplaint(input: { complaintId: "${c.id}", expectedVersion: 1, registerNumber: "RN-inline-8" }) { complaint { id } } }`,
    );
    expect(result.errors).toBeUndefined();
    const [entry] = await entries(c.id);
    expect(entry).toMatchObject({
      action: 'registerComplaint',
      outcome: 'OK',
      target: c.id,
      data: {
        operation: 'Harmless',
        arguments: { input: { expectedVersion: 1, registerNumber: 'RN-inline-8' } },
        after: { stage: 'REGISTERED', version: 2 },
      },
    });
  });

  it('issue 9, item 7: a write and its audit entry commit together; a second root field with U+0000 neither escapes the trail nor answers 500', async () => {
    const c = await new Workflow(agents.center, agents.commander).record();
    const response = await agents.center.request(
      `mutation ($id: ID!, $bad: String!) {
         first: registerComplaint(input: { complaintId: $id, expectedVersion: 1, registerNumber: "7-first" }) { complaint { version } }
         second: submitForOrder(input: { complaintId: $id, expectedVersion: 2, centerRegisterNumber: $bad }) { complaint { version } }
       }`,
      { id: c.id, bad: 'x\u0000y' },
    );
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(response.errors ?? [])).not.toContain('INTERNAL_SERVER_ERROR');
    // Whatever was committed is on the trail: one OK entry per event after the receipt.
    const events = await db.query(`select kind from complaint_event where complaint_id = $1 order by id`, [c.id]);
    const ok = (await entries(c.id)).filter((entry: { outcome: string; action: string }) => entry.outcome === 'OK');
    expect(ok.length).toBe(events.rows.length);
    const check = (await agents.admin.ok(chainQuery)).auditChain;
    expect(check.valid).toBe(true);
  });

  it('issue 9, item 7: a sign-in beside a field with U+0000 is on the trail with its session', async () => {
    const anonymous = new Agent(server.url);
    const response = await anonymous.request(
      `mutation ($bad: String!) {
         signIn(input: { username: "commander", password: "rongrian-demo" }) { user { username } }
         again: signIn(input: { username: $bad, password: "x" }) { user { username } }
       }`,
      { bad: 'a\u0000b' },
    );
    expect(response.status).toBeLessThan(500);
    const sessions = await db.query(
      `select count(*)::int as n from session s join app_user u on u.id = s.user_id where u.username = 'commander'`,
    );
    const signIns = await db.query(
      `select count(*)::int as n from audit_entry where action = 'signIn' and outcome = 'OK' and actor = 'commander'`,
    );
    // Every session the commander holds was opened by a sign-in on the trail.
    expect(signIns.rows[0].n).toBeGreaterThanOrEqual(sessions.rows[0].n);
  });

  it('issue 9, item 7: a refused write leaves nothing behind but its refusal on the trail', async () => {
    const c = await new Workflow(agents.center, agents.commander).record();
    const before = await db.query(`select version from complaint where id = $1`, [c.id]);
    const refused = await agents.commander.request(operation('RegisterComplaint'), {
      input: { complaintId: c.id, expectedVersion: 1, registerNumber: 'x' },
    });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect((await db.query(`select version from complaint where id = $1`, [c.id])).rows).toEqual(before.rows);
    expect((await entries(c.id))[0]).toMatchObject({ action: 'registerComplaint', actor: 'commander', outcome: 'FORBIDDEN' });
  });

  it("records every read of a complainant's identity, and none when the identity is withheld", async () => {
    const c = await new Workflow(agents.center, agents.commander).record();
    const identity = `query ($id: ID!) { complaint(id: $id) { complainant { fullName } } }`;
    await agents.nayok.ok(identity, { id: c.id });
    await agents.center.ok(identity, { id: c.id });
    const reads = (await entries(c.id)).filter((entry: { action: string }) => entry.action === 'IDENTITY_READ');
    expect(reads.map((entry: { actor: string }) => entry.actor)).toEqual(['center']);
  });

  it('records the identities the register export, the appendix form and a letter carry, as identity reads', async () => {
    const flow = new Workflow(agents.center, agents.commander);
    let c = await flow.record();
    c = await flow.notice(c, 'ACKNOWLEDGEMENT');
    const notice = (await agents.center.ok(`query ($id: ID!) { complaint(id: $id) { notices { id } } }`, { id: c.id })).complaint
      .notices[0];
    for (const path of ['/exports/register.csv', `/documents/complaints/${c.id}/form.html`, `/documents/notices/${notice.id}.html`]) {
      const response = await fetch(`${server.url}${path}`, { headers: { cookie: agents.center.cookie! } });
      expect(response.status, path).toBe(200);
    }
    const reads = (await entries(c.id)).filter((entry: { action: string }) => entry.action === 'IDENTITY_READ');
    expect(reads.map((entry: { data: { via: string } }) => entry.data.via).sort()).toEqual([
      'GET /documents/complaints/form',
      'GET /documents/notices',
      'GET /exports/register.csv',
    ]);
    // The commander's register carries no identity, and no read is recorded for it.
    await fetch(`${server.url}/exports/register.csv`, { headers: { cookie: agents.commander.cookie! } });
    expect(
      (await entries(c.id)).filter(
        (entry: { actor: string; action: string }) => entry.action === 'IDENTITY_READ' && entry.actor === 'commander',
      ),
    ).toEqual([]);
  });

  it('cannot be edited, deleted or truncated through the database (triggers)', async () => {
    // As a superuser, whom no grant stops: the triggers alone refuse, and every entry stays as it was.
    const trail = async () =>
      (await db.query(`select id, at, actor, action, target, outcome, data, hash from audit_entry order by id`)).rows;
    const before = await trail();
    expect(before.length).toBeGreaterThan(5);
    for (const [statement, operation] of [
      [`update audit_entry set outcome = 'OK', actor = 'someone else'`, 'UPDATE'],
      [`delete from audit_entry where outcome <> 'OK'`, 'DELETE'],
      ['truncate audit_entry', 'TRUNCATE'],
    ]) {
      await expect(db.query(statement), statement).rejects.toThrow(`audit_entry is append-only: ${operation} refused`);
    }
    expect(await trail()).toEqual(before);
  });

  it('runs the app as a role that may not UPDATE, DELETE or TRUNCATE the audit trail or the history (grants)', async () => {
    const connection = server.app.database.orm.em.getConnection();
    expect((await connection.execute(`select current_user as role`))[0].role).toBe('rongrian_app');
    for (const statement of [
      'update audit_entry set outcome = outcome where false',
      'delete from audit_entry where false',
      'truncate audit_entry',
      'update complaint_event set kind = kind where false',
      'delete from complaint_event where false',
    ]) {
      await expect(connection.execute(statement), statement).rejects.toThrow(/permission denied/);
    }
  });

  it('keeps one valid chain with 50 writers at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        agents.center.request(operation('RecordComplaint'), { input: complaintInput({ incidentAt: null }) }),
      ),
    );
    expect(results.every((result) => !result.errors)).toBe(true);
    const check = (await agents.admin.ok(chainQuery)).auditChain;
    expect(check).toMatchObject({ valid: true, firstBrokenId: null });
    expect(check.entries).toBeGreaterThanOrEqual(50);
    expect(check.head).toMatch(/^[0-9a-f]{64}$/);
  });

  it("finds a superuser's edit made around the triggers, naming the entry", async () => {
    const { rows } = await db.query(`select id from audit_entry order by id limit 1 offset 2`);
    await db.query('begin');
    await db.query(`set local session_replication_role = replica`);
    await db.query(`update audit_entry set outcome = 'OK', actor = 'someone else' where id = $1`, [rows[0].id]);
    await db.query('commit');
    const check = (await agents.admin.ok(chainQuery)).auditChain;
    expect(check).toMatchObject({ valid: false, firstBrokenId: String(rows[0].id) });
    expect(errorCode(await agents.center.request(chainQuery))).toBe('FORBIDDEN');
  });

  it('refuses mutations over the WebSocket, where they would bypass the trail', async () => {
    const client = webSocketClient(server.url, agents.center.cookie);
    try {
      const result = await new Promise<any>((resolve) =>
        client.subscribe({ query: operation('SignOut') }, { next: resolve, error: resolve, complete: () => undefined }),
      );
      const errors = Array.isArray(result) ? result : result.errors;
      expect(errors.map((error: { extensions?: { code?: string } }) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(errors)).toContain('HTTP');
      // Refused before it ran: the session it would have ended still answers.
      expect((await agents.center.ok(operation('Me'))).me.username).toBe('center');
    } finally {
      await client.dispose();
    }
  });
});
