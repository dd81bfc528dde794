import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caddy, caddyfileOf, composeFile } from './compose-file.js';
import { operation } from './contract.js';
import { Workflow } from './factories.js';
import { Agent, signedIn, subscribe, webSocketClient, type Subscription } from './graphql-client.js';
import { prerequisitesMet } from './prerequisites.js';
import { createTestDatabase } from './harness.js';
import { spawnServer, until, type ServerProcess } from './server-process.js';

/**
 * Issue 13, item 5: the API is stateless, so N replicas serve one database. Three app processes,
 * started as `npm start` starts one (server-process.ts), each with its own port and the same
 * DATABASE_URL, on one PostgreSQL: a database with nothing in it, which the three migrate and seed
 * at once, as three replicas of docker-compose.yml do on their first start. Sessions live in the
 * database; alerts and session ends cross processes by LISTEN/NOTIFY (live-events/live-event-hub.ts);
 * the deadline check is a pg-boss schedule, one job a minute for the whole deployment.
 */
type Alert = { alerts: { kind: string; complaint: { id: string }; deadline: { rule: { code: string } } | null } };

const replicas = 3;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The same session (its cookie) as another replica receives it: a reverse proxy sends each request to any. */
const onReplica = (agent: Agent, url: string) => Object.assign(new Agent(url), { cookie: agent.cookie });
const about = (id: string, kind: string, subscription: Subscription<Alert>) =>
  subscription.results.filter((result) => result.data?.alerts.complaint.id === id && result.data.alerts.kind === kind);

let database: { url: string; drop(): Promise<void> };
let db: pg.Client;
const servers: ServerProcess[] = [];
let urls: string[] = [];
let center: Agent;
let commander: Agent;
/** Received a month ago and never registered: its REGISTER_SAO and FIRST_REPLY deadlines are past due. */
let overdue: { id: string };
/** Just before it was recorded: the ticks counted are the ones after. */
let overdueRecordedAt: Date;
/** The center's subscriptions on each replica, open from the start to the deadline tick. */
let watching: Subscription<Alert>[] = [];

const killAll = () => {
  for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
};

beforeAll(async () => {
  // Children left behind by a worker that dies are killed with it.
  process.once('exit', killAll);
  database = await createTestDatabase({ empty: true });
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const started = Date.now();
  for (let i = 0; i < replicas; i++) {
    servers.push(
      spawnServer({
        DATABASE_URL: database.url,
        SEED_DEMO: 'true',
        JOBS: 'true',
        // Sessions are checked again only hourly: a socket closed at sign-out was closed by the NOTIFY.
        SESSION_CHECK_SECONDS: '3600',
        BACKUP_SCHEDULE: 'off',
      }),
    );
  }
  urls = await Promise.all(servers.map((server) => server.started));
  console.log(`[replicas] ${replicas} processes migrated, seeded and serving in ${Date.now() - started} ms`);
  // Every start queues a deadline check of its own; once they have run, only the schedule runs one.
  await until(
    async () =>
      (await db.query(`select count(*)::int as n from pgboss.job where name = 'check-deadlines' and state <> 'completed'`)).rows[0].n === 0,
    20_000,
    'the deadline checks queued at start',
  );
  center = await signedIn(urls[0], 'center');
  commander = await signedIn(urls[0], 'commander');
  watching = urls.map((url) => subscribe<Alert>(url, center.cookie, operation('Alerts')));
  await Promise.all(watching.map((subscription) => subscription.ready));
  overdueRecordedAt = new Date();
  overdue = await new Workflow(center, commander).record({ receivedAt: daysAgo(30), incidentAt: null });
}, 90_000);

afterAll(async () => {
  await Promise.all(watching.map((subscription) => subscription.close()));
  await db?.end();
  for (const server of servers) server.child.kill('SIGTERM');
  const stopped = Promise.all(servers.map((server) => server.exited));
  const forced = setTimeout(killAll, 10_000);
  await stopped;
  clearTimeout(forced);
  process.off('exit', killAll);
  await database?.drop();
}, 30_000);

describe('three replicas on one database (issue 13, item 5)', () => {
  it('migrated the empty database once although three processes started on it at once', async () => {
    const { rows } = await db.query(`select name, count(*)::int as n from mikro_orm_migrations group by name having count(*) > 1`);
    expect(rows).toEqual([]);
    expect((await db.query(`select count(*)::int as n from organisation`)).rows[0].n).toBe(1);
    expect((await db.query(`select count(*)::int as n from app_user where username = 'center'`)).rows[0].n).toBe(1);
    // What the replicas hold of PostgreSQL's connections (README, "Running several replicas"), less this test's one.
    const held = await db.query(
      `select coalesce(nullif(application_name, ''), '(pool)') as name, count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() group by 1 order by 1`,
    );
    console.log(`[replicas] connections held by ${replicas} replicas: ${held.rows.map((row) => `${row.name} ${row.n}`).join(', ')}`);
  });

  it('a session made on one replica works on the others', async () => {
    for (const url of urls) {
      const me = await onReplica(center, url).ok(operation('Me'));
      expect(me.me.username).toBe('center');
    }
  });

  it('an alert is raised once and reaches the subscribers on all three, each exactly once', async () => {
    const onEach = urls.map((url) => subscribe<Alert>(url, commander.cookie, operation('Alerts')));
    await Promise.all(onEach.map((subscription) => subscription.ready));
    // Recorded through replica #1: replicas #2 and #3 hear of it by NOTIFY only.
    const recorded = await new Workflow(center, commander).record({ receivedAt: new Date().toISOString(), incidentAt: null });
    await until(() => onEach.every((subscription) => about(recorded.id, 'NEW_COMPLAINT', subscription).length > 0), 10_000, 'the alert');
    await settle(1_500); // any duplicate would have arrived
    for (const subscription of onEach) expect(about(recorded.id, 'NEW_COMPLAINT', subscription)).toHaveLength(1);
    const audited = await db.query(`select count(*)::int as n from audit_entry where action = 'recordComplaint' and target = $1`, [
      recorded.id,
    ]);
    expect(audited.rows[0].n).toBe(1);
    await Promise.all(onEach.map((subscription) => subscription.close()));
  });

  it('sign-out on one replica closes the sockets of that session on all three (4403), and no other session’s', async () => {
    const nayok = await signedIn(urls[0], 'nayok');
    const sockets = urls.map((url) => {
      const client = webSocketClient(url, nayok.cookie);
      const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
      const connected = new Promise((resolve) => client.on('connected', resolve));
      client.subscribe({ query: operation('Alerts') }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      return { client, closed, connected };
    });
    await Promise.all(sockets.map((socket) => socket.connected));
    await settle(100); // the subscriptions reach each hub
    const signedOutAt = Date.now();
    await onReplica(nayok, urls[1]).ok(operation('SignOut'));
    const codes = await Promise.all(
      sockets.map((socket) => Promise.race([socket.closed, settle(5_000).then(() => 'still open after 5 s')])),
    );
    console.log(`[replicas] the signed-out session's sockets on ${replicas} replicas closed within ${Date.now() - signedOutAt} ms`);
    expect(codes).toEqual([4403, 4403, 4403]);
    // The session is gone for HTTP on every replica; the center's sockets stay open and served.
    for (const url of urls) expect((await onReplica(nayok, url).request(operation('Me'))).data?.me ?? null).toBeNull();
    const before = watching.map((subscription) => subscription.results.length);
    const later = await new Workflow(center, commander).record({ receivedAt: new Date().toISOString(), incidentAt: null });
    await until(() => watching.every((subscription) => about(later.id, 'NEW_COMPLAINT', subscription).length === 1), 10_000, 'the alert');
    expect(watching.map((subscription, i) => subscription.results.length > before[i])).toEqual([true, true, true]);
    await Promise.all(sockets.map((socket) => socket.client.dispose()));
  });

  it('R2.1, R9: the deadline check runs once per tick although three processes schedule it: one OVERDUE per deadline, on every replica', async () => {
    // Nothing but the schedule's next tick checks the deadlines of the complaint recorded in beforeAll.
    const raised = async () =>
      (await db.query(`select count(*)::int as n from deadline where complaint_id = $1 and overdue_alerted_at is not null`, [overdue.id]))
        .rows[0].n;
    const waitingSince = Date.now();
    await until(async () => (await raised()) === 2, 120_000, 'the next tick of the deadline check');
    console.log(`[replicas] the next tick raised the overdue deadlines ${Date.now() - waitingSince} ms after the other tests`);
    await until(() => watching.every((subscription) => about(overdue.id, 'OVERDUE', subscription).length === 2), 10_000, 'the alerts');
    await settle(2_500); // any duplicate would have arrived
    for (const subscription of watching) {
      const rules = about(overdue.id, 'OVERDUE', subscription).map((result) => result.data!.alerts.deadline!.rule.code);
      expect(rules.sort()).toEqual(['FIRST_REPLY', 'REGISTER_SAO']);
    }
    // One schedule for the deployment. Since the complaint was recorded, each minute's occurrence
    // was relayed once (pg-boss's send-it queue, one job per minute slot, whichever process's cron
    // pass filed it), and each relay made one check-deadlines job, run once.
    expect((await db.query(`select count(*)::int as n from pgboss.schedule where name = 'check-deadlines'`)).rows[0].n).toBe(1);
    const { rows: slots } = await db.query(
      `select singleton_on as slot, count(*)::int as relays from pgboss.job
        where name = '__pgboss__send-it' and data->>'name' = 'check-deadlines' and created_on > $1 group by 1 order by 1`,
      [overdueRecordedAt],
    );
    console.log(`[replicas] deadline-check ticks since the complaint was recorded: ${slots.length}`);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) expect(slot).toMatchObject({ slot: expect.any(Date), relays: 1 });
    const {
      rows: [jobs],
    } = await db.query(
      `select count(*)::int as made, count(*) filter (where retry_count > 0)::int as retried,
              (select count(*)::int from pgboss.job where name = '__pgboss__send-it' and data->>'name' = 'check-deadlines'
                  and created_on > $1 and state = 'completed') as relayed
         from pgboss.job where name = 'check-deadlines' and created_on > $1`,
      [overdueRecordedAt],
    );
    // A relay completes after its job is made: as many jobs as relays, give or take one under way.
    expect(jobs.made).toBeGreaterThanOrEqual(jobs.relayed);
    expect(jobs.made).toBeLessThanOrEqual(slots.length);
    expect(jobs.retried).toBe(0);
  }, 150_000);

  describe.runIf(prerequisitesMet('the replicas behind the proxy', [!existsSync(caddy) && `${caddy} (apt-get install -y caddy)`]))(
    'behind the proxy of docker-compose.yml (Caddy, its Caddyfile as written there)',
    () => {
      let proxy: ChildProcess | undefined;
      let proxyUrl: string;
      const proxyDir = `/tmp/rongrian-replicas-proxy-${process.pid}`;

      beforeAll(async () => {
        const port = await freePort();
        // The compose file's Caddyfile on a free port, its replicas these three processes instead of
        // what Docker's DNS answers for `app`; the admin API off, so that several runs can coexist.
        const caddyfile = caddyfileOf(composeFile({ SITE_ADDRESS: `http://127.0.0.1:${port}` })).replace(
          /dynamic a \{[^}]*\}/,
          `to ${urls.map((url) => new URL(url).host).join(' ')}`,
        );
        rmSync(proxyDir, { recursive: true, force: true });
        mkdirSync(proxyDir, { recursive: true });
        writeFileSync(`${proxyDir}/Caddyfile`, `{\n\tadmin off\n}\n\n${caddyfile}`);
        proxy = spawn(caddy, ['run', '--adapter', 'caddyfile', '--config', `${proxyDir}/Caddyfile`], {
          env: { ...process.env, XDG_DATA_HOME: proxyDir, XDG_CONFIG_HOME: proxyDir, HOME: proxyDir },
          stdio: 'ignore',
        });
        proxyUrl = `http://127.0.0.1:${port}`;
        await until(
          () =>
            fetch(`${proxyUrl}/health`).then(
              (response) => response.ok,
              () => false,
            ),
          10_000,
          'Caddy to answer /health from a replica',
        );
      });
      afterAll(async () => {
        if (proxy && proxy.exitCode === null) {
          const exited = new Promise((resolve) => proxy!.once('exit', resolve));
          proxy.kill('SIGTERM');
          await exited;
        }
        rmSync(proxyDir, { recursive: true, force: true });
      });

      it('spreads the requests of one session over the three replicas, and its WebSockets get alerts and close at sign-out', async () => {
        const operations = () => servers.map((server) => server.output().match(/"operation":"Me"/g)?.length ?? 0);
        const user = await signedIn(proxyUrl, 'commander');
        const before = operations();
        for (let i = 0; i < 6; i++) expect((await user.ok(operation('Me'))).me.username).toBe('commander');
        await settle(200); // the log lines reach the pipes
        const served = operations().map((count, i) => count - before[i]);
        console.log(`[replicas] 6 requests through Caddy, served per replica: ${served.join(', ')}`);
        expect(served.reduce((sum, n) => sum + n, 0)).toBe(6);
        for (const count of served) expect(count).toBeGreaterThan(0);

        // The WebSocket upgrade of /graphql through the proxy, three sockets of the one session,
        // one after the other: the WebSocket route's least_conn puts each on a replica with none.
        const connections = established();
        const sockets: Subscription<Alert>[] = [];
        for (let i = 0; i < replicas; i++) {
          sockets.push(subscribe<Alert>(proxyUrl, user.cookie, operation('Alerts')));
          await sockets[i].ready;
        }
        expect(established().map((count, i) => count - connections[i])).toEqual([1, 1, 1]);
        const recorded = await new Workflow(center, commander).record({ receivedAt: new Date().toISOString(), incidentAt: null });
        await until(() => sockets.every((socket) => about(recorded.id, 'NEW_COMPLAINT', socket).length > 0), 10_000, 'the alert');
        await settle(1_000);
        for (const socket of sockets) expect(about(recorded.id, 'NEW_COMPLAINT', socket)).toHaveLength(1);
        await user.ok(operation('SignOut'));
        // graphql-ws reports the close (4403) as the subscription's error.
        await until(
          () => sockets.every((socket) => socket.results.some((result) => result.errors?.[0]?.code === 4403)),
          5_000,
          'the sockets to close',
        );
        await Promise.all(sockets.map((socket) => socket.close()));
      });
    },
  );
});

/** The TCP connections established to each replica's port now (the proxy's to it), from /proc/net/tcp. */
function established(): number[] {
  const lines = readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1);
  return urls.map((url) => {
    const port = Number(new URL(url).port).toString(16).toUpperCase().padStart(4, '0');
    // sl local_address rem_address st …: st 01 is ESTABLISHED.
    return lines.filter((line) => {
      const [, local, , state] = line.trim().split(/\s+/);
      return local?.endsWith(`:${port}`) && state === '01';
    }).length;
  });
}

/** A port nothing listens on (the proxy's). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
