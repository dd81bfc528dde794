import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementsSoFar, withStatementTally } from '../src/db/sql-statements.js';
import { checkDeadlines, raiseDueAlerts } from '../src/jobs/check-deadlines.job.js';
import { AlertKind, ComplaintChangeKind } from '../src/modules/live-events/live-event.types.js';
import { operation } from './contract.js';
import { bulkComplaints, Workflow } from './factories.js';
import { errorCode, signedIn, subscribe, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

const alertsQuery = operation('Alerts');
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
type Alert = {
  alerts: {
    kind: string;
    at?: string;
    replayed?: boolean;
    complaint: { id: string };
    deadline: { rule: { code: string }; status?: string } | null;
  };
};
const about = (id: string, results: { data?: Alert | null }[]) => results.filter((result) => result.data?.alerts.complaint.id === id);
const settle = (ms = 1_500) => new Promise((resolve) => setTimeout(resolve, ms));

let a: TestServer;
let b: TestServer;
const agents: Record<string, Agent> = {};
let flow: Workflow;

beforeAll(async () => {
  a = await startTestServer({ JOBS: 'true' });
  b = await startTestServer({ JOBS: 'true' }, a);
  for (const username of ['center', 'commander', 'nayok', 'engineer', 'admin']) agents[username] = await signedIn(a.url, username);
  flow = new Workflow(agents.center, agents.commander);
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

describe('alerts (workflow.md, "Alerts")', () => {
  it('pushes NEW_COMPLAINT to every subscriber allowed to see it, on every server, and to no one else', async () => {
    const officials = (await agents.center.ok(operation('Officials'))).officials as { id: string; user: { username: string } | null }[];
    const nayokOfficial = officials.find((official) => official.user?.username === 'nayok')!.id;
    const center = subscribe<Alert>(a.url, agents.center.cookie, alertsQuery);
    const commanderOnB = subscribe<Alert>(b.url, agents.commander.cookie, alertsQuery);
    const nayok = subscribe<Alert>(a.url, agents.nayok.cookie, alertsQuery);
    const engineer = subscribe<Alert>(b.url, agents.engineer.cookie, alertsQuery);
    await Promise.all([center.ready, commanderOnB.ready, nayok.ready, engineer.ready]);

    // The accused rule: the Nayok named among the accused is not told.
    const c = await flow.record({ receivedAt: new Date().toISOString(), incidentAt: null, accused: [{ officialId: nayokOfficial }] });
    await center.waitFor(1);
    await commanderOnB.waitFor(1);
    await settle(500);
    expect(center.results[0].data!.alerts).toMatchObject({ kind: 'NEW_COMPLAINT', complaint: { id: c.id }, deadline: null });
    expect(about(c.id, commanderOnB.results)).toHaveLength(1);
    expect(about(c.id, nayok.results)).toHaveLength(0);
    // Division officers hear of complaints assigned to their division only.
    expect(about(c.id, engineer.results)).toHaveLength(0);
    await Promise.all([center.close(), commanderOnB.close(), nayok.close(), engineer.close()]);
  });

  it('refuses the subscription to ADMIN (FORBIDDEN), and a socket without a session is closed (4403)', async () => {
    const admin = subscribe(a.url, agents.admin.cookie, alertsQuery);
    const nobody = subscribe(a.url, null, alertsQuery);
    await admin.waitFor(1);
    await nobody.waitFor(1);
    expect(admin.results[0].errors![0].extensions.code).toBe('FORBIDDEN');
    expect(nobody.results[0].errors![0].code).toBe(4403);
    await Promise.all([admin.close(), nobody.close()]);
  });

  it('R2.1, R9: raises one OVERDUE per deadline past due, through the job queue, even with two servers checking at once', async () => {
    const onA = subscribe<Alert>(a.url, agents.center.cookie, alertsQuery);
    const onB = subscribe<Alert>(b.url, agents.nayok.cookie, alertsQuery);
    await Promise.all([onA.ready, onB.ready]);
    // Received a month ago and never registered: REGISTER_SAO and FIRST_REPLY are overdue.
    const c = await flow.record({ receivedAt: daysAgo(30), incidentAt: null });
    // Both servers' queues and both processes' direct checks race for the same deadlines.
    await Promise.all([
      a.app.jobs!.checkDeadlinesNow(),
      b.app.jobs!.checkDeadlinesNow(),
      checkDeadlines(a.app.database.orm.em.fork()),
      checkDeadlines(b.app.database.orm.em.fork()),
    ]);
    const overdue = (results: { data?: Alert | null }[]) =>
      about(c.id, results)
        .filter((result) => result.data!.alerts.kind === 'OVERDUE')
        .map((result) => result.data!.alerts.deadline!.rule.code)
        .sort();
    const until = Date.now() + 10_000;
    while ((overdue(onA.results).length < 2 || overdue(onB.results).length < 2) && Date.now() < until) await settle(50);
    await settle(2_500); // let any duplicate arrive
    expect(overdue(onA.results)).toEqual(['FIRST_REPLY', 'REGISTER_SAO']);
    expect(overdue(onB.results)).toEqual(['FIRST_REPLY', 'REGISTER_SAO']);
    expect(about(c.id, onA.results).find((r) => r.data!.alerts.kind === 'OVERDUE')!.data!.alerts).toMatchObject({
      deadline: { status: 'OVERDUE' },
    });
    await Promise.all([onA.close(), onB.close()]);
  });

  it('raises DUE_SOON once a deadline reaches its threshold, not again on the next check', async () => {
    const subscriber = subscribe<Alert>(a.url, agents.center.cookie, alertsQuery);
    await subscriber.ready;
    const c = await flow.record({ receivedAt: new Date().toISOString(), incidentAt: null });
    const db = new pg.Client({ connectionString: a.databaseUrl });
    await db.connect();
    await db.query(
      `update deadline set due_soon_at = now() - interval '1 second', due_at = now() + interval '1 hour'
                     where complaint_id = $1 and rule_code = 'FIRST_REPLY'`,
      [c.id],
    );
    await db.end();
    await checkDeadlines(a.app.database.orm.em.fork());
    await checkDeadlines(a.app.database.orm.em.fork());
    await settle(1_000);
    const dueSoon = about(c.id, subscriber.results).filter((result) => result.data!.alerts.kind === 'DUE_SOON');
    expect(dueSoon.map((result) => result.data!.alerts.deadline!.rule.code)).toEqual(['FIRST_REPLY']);
    await subscriber.close();
  });

  it('loses no alert over a restart: a deadline that fell due while no server ran is raised when one starts', async () => {
    const c = await flow.record({ receivedAt: daysAgo(30), incidentAt: null });
    const db = new pg.Client({ connectionString: a.databaseUrl });
    await db.connect();
    // As if no check had run since it fell due.
    await db.query(`update deadline set overdue_alerted_at = null where complaint_id = $1`, [c.id]);
    const third = await startTestServer({ JOBS: 'true' }, a);
    try {
      const until = Date.now() + 10_000;
      let raised = 0;
      while (raised < 2 && Date.now() < until) {
        await settle(100);
        raised = (
          await db.query(`select count(*)::int as n from deadline where complaint_id = $1 and overdue_alerted_at is not null`, [c.id])
        ).rows[0].n;
      }
      expect(raised).toBe(2);
      // Raised at start with nobody connected: a client connecting now still gets them (issue 9, item 13).
      const late = subscribe<Alert>(
        third.url,
        agents.center.cookie,
        `subscription { alerts(since: "1970-01-01T00:00:00Z") { kind complaint { id } deadline { rule { code } } } }`,
      );
      await late.ready;
      const waitUntil = Date.now() + 10_000;
      while (about(c.id, late.results).filter((r) => r.data!.alerts.kind === 'OVERDUE').length < 2 && Date.now() < waitUntil)
        await settle(50);
      expect(
        about(c.id, late.results)
          .filter((r) => r.data!.alerts.kind === 'OVERDUE')
          .map((r) => r.data!.alerts.deadline!.rule.code)
          .sort(),
      ).toEqual(['FIRST_REPLY', 'REGISTER_SAO']);
      await late.close();
    } finally {
      await third.stop();
      await db.end();
    }
  });

  it('catches up once: a live dispatch of an alert the replay already sent, still under way when the replay ended, sends nothing more', async () => {
    const c = await flow.record({ receivedAt: new Date().toISOString(), incidentAt: null });
    await settle(300);
    const feed = subscribe<Alert>(
      a.url,
      agents.center.cookie,
      `subscription { alerts(since: "1970-01-01T00:00:00Z") { kind at replayed complaint { id } } }`,
    );
    const until = Date.now() + 10_000;
    while (about(c.id, feed.results).length < 1 && Date.now() < until) await settle(50);
    const [replayed] = about(c.id, feed.results).map((result) => result.data!.alerts);
    expect(replayed).toMatchObject({ kind: 'NEW_COMPLAINT', replayed: true });
    // The live path of the same alert, as if its NOTIFY had waited behind other work.
    await a.app.liveEvents.dispatch({ topic: 'alert', kind: AlertKind.NEW_COMPLAINT, complaintId: c.id, at: replayed.at });
    // Another alert of the complaint still arrives.
    await a.app.liveEvents.dispatch({ topic: 'alert', kind: AlertKind.NEW_COMPLAINT, complaintId: c.id, at: new Date().toISOString() });
    while (about(c.id, feed.results).length < 2 && Date.now() < until) await settle(50);
    await settle(300);
    expect(about(c.id, feed.results).map((result) => result.data!.alerts.replayed)).toEqual([true, false]);
    await feed.close();
  });

  it('catches up (issue 9, item 13): an OVERDUE raised while nobody was connected reaches whoever may see it and subscribes within minutes, once', async () => {
    const catchUp = (since: string, extra = '') =>
      `subscription { alerts(since: "${since}") { kind at replayed complaint { id ${extra} } deadline { rule { code } status } } }`;
    const officials = (await agents.center.ok(operation('Officials'))).officials as { id: string; user: { username: string } | null }[];
    const nayokOfficial = officials.find((official) => official.user?.username === 'nayok')!.id;
    // Received a month ago, accusing the Nayok; its deadlines fall due with no subscriber anywhere.
    for (let tries = 0; a.app.liveEvents.size + b.app.liveEvents.size > 0 && tries < 40; tries++) await settle(50);
    expect(a.app.liveEvents.size + b.app.liveEvents.size).toBe(0);
    const c = await flow.record({ receivedAt: daysAgo(30), incidentAt: null, accused: [{ officialId: nayokOfficial }] });
    await checkDeadlines(a.app.database.orm.em.fork());
    const overdue = (results: { data?: Alert | null }[]) =>
      about(c.id, results)
        .filter((r) => r.data!.alerts.kind === 'OVERDUE')
        .map((r) => r.data!.alerts);

    // A client that connects later (to either server) asks to catch up: it gets them, marked replayed.
    const center = subscribe<Alert>(a.url, agents.center.cookie, catchUp('1970-01-01T00:00:00Z', 'complainant { fullName }'));
    const commanderOnB = subscribe<Alert>(b.url, agents.commander.cookie, catchUp('1970-01-01T00:00:00Z'));
    const nayok = subscribe<Alert>(a.url, agents.nayok.cookie, catchUp('1970-01-01T00:00:00Z'));
    const engineer = subscribe<Alert>(b.url, agents.engineer.cookie, catchUp('1970-01-01T00:00:00Z'));
    const until = Date.now() + 10_000;
    while ((overdue(center.results).length < 2 || overdue(commanderOnB.results).length < 2) && Date.now() < until) await settle(50);
    await settle(500);
    for (const subscriber of [center, commanderOnB]) {
      expect(
        overdue(subscriber.results)
          .map((alert) => alert.deadline!.rule.code)
          .sort(),
      ).toEqual(['FIRST_REPLY', 'REGISTER_SAO']);
      expect(overdue(subscriber.results).every((alert) => alert.replayed && alert.deadline!.status === 'OVERDUE')).toBe(true);
      // Its NEW_COMPLAINT too, before them (oldest first).
      expect(about(c.id, subscriber.results)[0].data!.alerts.kind).toBe('NEW_COMPLAINT');
    }
    // The same access rules as live: not to the accused Nayok, not to a division it is not assigned to.
    expect(about(c.id, nayok.results)).toEqual([]);
    expect(about(c.id, engineer.results)).toEqual([]);
    expect(nayok.results.length).toBeGreaterThan(0); // the Nayok was replayed others

    // Then live, as before, and nothing twice: a new alert arrives once, not replayed.
    const d = await flow.record({ receivedAt: new Date().toISOString(), incidentAt: null });
    await center.waitFor(center.results.length + 1);
    await settle(500);
    expect(about(d.id, center.results).map((r) => r.data!.alerts.replayed)).toEqual([false]);
    const keys = center.results.map((r) =>
      JSON.stringify([r.data!.alerts.kind, r.data!.alerts.complaint.id, r.data!.alerts.deadline?.rule.code, r.data!.alerts.at]),
    );
    expect(new Set(keys).size).toBe(keys.length);

    // A client that holds these already, asking from just after the newest, is not sent them again.
    const newest = overdue(center.results)
      .map((alert) => Date.parse(alert.at!))
      .sort()
      .at(-1)!;
    const later = subscribe<Alert>(a.url, agents.center.cookie, catchUp(new Date(newest + 1).toISOString()));
    await settle(1_000);
    expect(overdue(later.results)).toEqual([]);
    expect(about(d.id, later.results)).toHaveLength(1); // recorded after it: replayed

    // A replayed identity is on the audit trail, as the receiver's.
    const db = new pg.Client({ connectionString: a.databaseUrl });
    await db.connect();
    const reads = await db.query(`select actor, data->>'via' as via from audit_entry where action = 'IDENTITY_READ' and target = $1`, [
      c.id,
    ]);
    await db.end();
    expect(reads.rows).toEqual(expect.arrayContaining([{ actor: 'center', via: 'alert-replay' }]));
    await Promise.all([center.close(), commanderOnB.close(), nayok.close(), engineer.close(), later.close()]);
  });

  it('executes each event once per audience, not once per socket: 20 subscribers, 2 audiences, 5 statements', async () => {
    const subscribers = [
      ...Array.from({ length: 10 }, () => subscribe<Alert>(a.url, agents.center.cookie, alertsQuery)),
      ...Array.from({ length: 10 }, () => subscribe<Alert>(a.url, agents.nayok.cookie, alertsQuery)),
    ];
    await Promise.all(subscribers.map((subscriber) => subscriber.ready));
    const c = await flow.record({ receivedAt: new Date().toISOString(), incidentAt: null });
    await Promise.all(subscribers.map((subscriber) => subscriber.waitFor(1)));
    // Dispatch the same event again, counting this process's SQL statements: on one snapshot
    // (begin, commit: 2), who may see it (1), then the complaint once for the center officers and
    // once for the executives (2).
    const statements = await withStatementTally(async () => {
      await a.app.liveEvents.dispatch({ topic: 'alert', kind: AlertKind.NEW_COMPLAINT, complaintId: c.id });
      return statementsSoFar();
    });
    expect(statements).toBe(5);
    await Promise.all(subscribers.map((subscriber) => subscriber.waitFor(2)));
    const identities = subscribers.map((subscriber) => JSON.stringify(subscriber.results[1]));
    expect(new Set(identities.slice(0, 10)).size).toBe(1);
    expect(new Set(identities.slice(10)).size).toBe(1);
    await Promise.all(subscribers.map((subscriber) => subscriber.close()));
  });

  it("never hands an investigator's approved identity to a colleague of the same division (issue 9, item 1)", async () => {
    // A second investigator of ENGINEERING, in the same audience as the engineer but for his approval.
    const db = new pg.Client({ connectionString: a.databaseUrl });
    await db.connect();
    try {
      await db.query(`insert into app_user (id, username, display_name, password_hash, roles, division_code)
                      select gen_random_uuid(), 'engineer2', 'ช่างคนที่สอง', password_hash, roles, division_code from app_user where username = 'engineer'
                      on conflict (username) do nothing`);
      const engineer2 = await signedIn(a.url, 'engineer2');
      const c = await flow.at('FACT_FINDING'); // assigned to ENGINEERING, with a complainant
      const asked = await agents.engineer.ok(`mutation ($input: RequestIdentityInput!) { requestIdentity(input: $input) { id } }`, {
        input: { complaintId: c.id, reason: 'ต้องสอบถามผู้ร้องเพิ่มเติม' },
      });
      await agents.commander.ok(`mutation ($input: DecideIdentityRequestInput!) { decideIdentityRequest(input: $input) { status } }`, {
        input: { requestId: asked.requestIdentity.id, approve: true, hours: 2 },
      });
      const feed = `subscription { complaintChanges { complaint { id complainant { fullName phone } } } }`;
      const approved = subscribe(a.url, agents.engineer.cookie, feed);
      const colleague = subscribe(a.url, engineer2.cookie, feed);
      await Promise.all([approved.ready, colleague.ready]);
      const {
        rows: [{ last }],
      } = await db.query(`select coalesce(max(id), 0)::int as last from audit_entry`);
      // Same role, same division, same document: only the approval tells them apart, so one
      // execution may not serve both, whichever socket the hub meets first.
      await a.app.liveEvents.dispatch({ topic: 'change', kind: ComplaintChangeKind.MOVED, complaintId: c.id });
      await Promise.all([approved.waitFor(1), colleague.waitFor(1)]);
      expect(approved.results.map((r) => r.data.complaintChanges.complaint.complainant)).toEqual([
        { fullName: 'นายสมปอง ใจกล้า', phone: '081-234-5678' },
      ]);
      expect(colleague.results.map((r) => r.data.complaintChanges.complaint.complainant)).toEqual([null]);
      // The identity read is on the audit trail once, as the approved investigator's.
      const reads = await db.query(`select actor from audit_entry where id > $1 and action = 'IDENTITY_READ' and target = $2`, [
        last,
        c.id,
      ]);
      expect(reads.rows.map((row) => row.actor)).toEqual(['engineer']);
      await Promise.all([approved.close(), colleague.close()]);
    } finally {
      await db.end();
    }
  });

  it('feeds live boards: recorded and moved complaints reach the subscribers allowed to see them', async () => {
    const feed = `subscription { complaintChanges { kind complaint { id stage version } } }`;
    const center = subscribe(a.url, agents.center.cookie, feed);
    const engineerOnB = subscribe(b.url, agents.engineer.cookie, feed);
    await Promise.all([center.ready, engineerOnB.ready]);
    const c = await flow.record({ receivedAt: new Date().toISOString(), incidentAt: null });
    await center.waitFor(1);
    expect(center.results[0].data.complaintChanges).toMatchObject({
      kind: 'RECORDED',
      complaint: { id: c.id, stage: 'RECEIVED', version: 1 },
    });
    // One move at a time: each change carries the complaint as it is when the change is pushed.
    const registered = await flow.register(c);
    await center.waitFor(2);
    const submitted = await flow.submit(registered);
    await center.waitFor(3);
    const ordered = await flow.accept(submitted, ['ENGINEERING']);
    await center.waitFor(4);
    expect(center.results.map((r) => r.data.complaintChanges.complaint.stage)).toEqual([
      'RECEIVED',
      'REGISTERED',
      'AWAITING_ORDER',
      'ORDERED',
    ]);
    // The engineer hears of it from the order that assigns his division on, not before.
    await engineerOnB.waitFor(1);
    expect(engineerOnB.results.map((r) => r.data.complaintChanges.complaint)).toEqual([
      { id: c.id, stage: 'ORDERED', version: ordered.version },
    ]);
    await Promise.all([center.close(), engineerOnB.close()]);
  });

  it("refuses the hub's subscriptions over HTTP with BAD_USER_INPUT: they are a WebSocket service", async () => {
    expect(errorCode(await agents.center.request(alertsQuery))).toBe('BAD_USER_INPUT');
    expect(errorCode(await agents.center.request(`subscription { complaintChanges { kind } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('the overdue check at scale', () => {
  it('reads only the deadlines due, by index, among 100,000 open deadlines (EXPLAIN)', async () => {
    const db = new pg.Client({ connectionString: a.databaseUrl });
    await db.connect();
    try {
      await db.query('begin');
      // A bulk load, not 100,000 recordings: without the per-row triggers (rollups, keys).
      await bulkComplaints(db, { count: 100_000, receiptYear: 2400 });
      await db.query(`
        insert into deadline (complaint_id, received_at, rule_code, started_at, due_at, due_soon_at, status)
        select id, received_at, 'REGISTER_SAO', now(), now() + (receipt_seq % 1000) * interval '1 hour', now() + interval '1 hour', 'PENDING'
          from complaint where receipt_year = 2400`);
      await db.query('analyze deadline');
      const compiled = raiseDueAlerts.compile(a.app.database.orm.em.getKysely());
      const plan = (await db.query(`explain ${compiled.sql}`, compiled.parameters as unknown[])).rows
        .map((row) => row['QUERY PLAN'])
        .join('\n');
      expect(plan).toMatch(/Index Scan|Bitmap Index Scan/);
      expect(plan).toContain('deadline_open_due_index');
      expect(plan).not.toMatch(/Seq Scan on deadline/);
    } finally {
      await db.query('rollback');
      await db.end();
    }
  }, 60_000);
});
