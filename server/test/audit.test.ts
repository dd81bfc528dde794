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
  (await agents.admin.ok(`query ($t: String) { auditEntries(target: $t) { actor action target outcome data } }`, { t: target })).auditEntries;

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
    const stale = await agents.center.request(operation('RegisterComplaint'), { input: { complaintId: c.id, expectedVersion: 9, registerNumber: '1' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const trail = await entries(c.id);
    expect(trail.map((entry: { action: string; outcome: string }) => `${entry.action} ${entry.outcome}`)).toEqual([
      'RegisterComplaint CONFLICT',
      'RecordComplaint OK',
    ]);
    expect(trail[0]).toMatchObject({ actor: 'center', data: { variables: { input: { registerNumber: '1', expectedVersion: 9 } }, after: null } });
    expect(trail[1].data.after).toMatchObject({ id: c.id, stage: 'RECEIVED', version: 1 });
  });

  it('records a failed sign-in, without the password, although the sign-in changed nothing', async () => {
    const result = await new Agent(server.url).request(operation('SignIn'), { input: { username: 'nayok', password: 'guess-1234' } });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    const [entry] = await entries('nayok');
    expect(entry).toMatchObject({ action: 'SignIn', outcome: 'UNAUTHENTICATED', data: { variables: { input: { username: 'nayok', password: '[removed]' } } } });
    expect(JSON.stringify(entry)).not.toContain('guess-1234');
  });

  it("records every read of a complainant's identity, and none when the identity is withheld", async () => {
    const c = await new Workflow(agents.center, agents.commander).record();
    const identity = `query ($id: ID!) { complaint(id: $id) { complainant { fullName } } }`;
    await agents.nayok.ok(identity, { id: c.id });
    await agents.center.ok(identity, { id: c.id });
    const reads = (await entries(c.id)).filter((entry: { action: string }) => entry.action === 'IDENTITY_READ');
    expect(reads.map((entry: { actor: string }) => entry.actor)).toEqual(['center']);
  });

  it('cannot be edited, deleted or truncated through the database (triggers)', async () => {
    await expect(db.query(`update audit_entry set outcome = 'OK'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`delete from audit_entry`)).rejects.toThrow(/append-only/);
    await expect(db.query(`truncate audit_entry`)).rejects.toThrow(/append-only/);
  });

  it("runs the app as a role that may not UPDATE, DELETE or TRUNCATE the audit trail or the history (grants)", async () => {
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
      Array.from({ length: 50 }, () => agents.center.request(operation('RecordComplaint'), { input: complaintInput({ incidentAt: null }) })),
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
      expect(JSON.stringify(errors)).toContain('HTTP');
    } finally {
      await client.dispose();
    }
  });
});
