/**
 * npm run bench:alerts — how long one alert takes to reach 500 and 2,000 subscribed WebSocket
 * clients, next to a raw `ws` broadcast of the same bytes to as many sockets, measured in the same
 * run on the same machine. Not part of `npm test`: it prints figures, it asserts nothing.
 *
 * The alert path measured: the hub receives an event (as from NOTIFY), loads who may see the
 * complaint, executes the subscription once per audience, and graphql-ws sends it to every socket.
 * Then catching up (issue 9, item 13): as many clients connecting at once, as after a restart, each
 * subscribing with `since` and replayed 20 alerts (from connecting the first to the last replayed).
 */
import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket, { WebSocketServer } from 'ws';
import { startApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { seed } from '../src/db/seed.js';
import { createLogger } from '../src/logger.js';
import { AlertKind } from '../src/modules/live-events/live-event.types.js';
import { median, ms, quick, reportRows, type BenchRow } from './bench-result.js';

const sizes = [500, 2_000];
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const rows: BenchRow[] = [];
const logger = createLogger('warn');
const dataDir = `/tmp/rongrian-bench-${process.pid}`;

async function post(url: string, query: string, variables: object, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as any;
  // A refused setup step would only make a round wait for ever: say why instead.
  if (body.errors) throw new Error(`the bench's request was refused: ${JSON.stringify(body.errors)}`);
  return { body, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

const database = await startEmbeddedPostgres({ dataDir, port: 0, database: 'rongrian', logger, ephemeral: true });
try {
  const orm = await MikroORM.init(ormConfig({ databaseUrl: database.url }));
  await orm.migrator.up();
  await seed(orm.em.fork(), { demo: true });
  await orm.close(true);

  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: database.url,
    JOBS: 'false',
    LOG_LEVEL: 'warn',
  });
  const app = await startApp(config, logger);
  const { cookie } = await post(
    app.url,
    `mutation { signIn(input: { username: "center", password: "rongrian-demo" }) { user { id } } }`,
    {},
  );
  const recorded = await post(
    app.url,
    `mutation ($input: RecordComplaintInput!) { recordComplaint(input: $input) { complaint { id } } }`,
    {
      input: {
        channel: 'POST',
        receivedAt: new Date().toISOString(),
        subject: 'bench',
        details: 'bench',
        accused: [{ fullName: 'bench' }],
      },
    },
    cookie,
  );
  const complaintId: string = recorded.body.data.recordComplaint.complaint.id;
  const alertsQuery = `subscription Alerts { alerts { kind complaint { id receiptNumber stage } deadline { rule { code } dueAt status } } }`;

  console.log(`one alert to N subscribers; median of ${rounds} rounds, alternating with the baseline's (2 cores)\n`);
  /** A graphql-ws client signed in with the session cookie, connected at once. */
  const signedInClient = () =>
    createClient({
      url: app.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols: string[]) {
          super(address, protocols, { headers: { cookie: cookie! } });
        }
      },
      lazy: false,
      retryAttempts: 0,
    });

  console.log('subscribers   rongrian alert   raw ws broadcast   ratio');
  for (const size of sizes) {
    // The alert path: N graphql-ws clients subscribed to alerts.
    let pending = 0;
    let done: () => void = () => undefined;
    const clients: Client[] = [];
    let payload = '';
    for (let i = 0; i < size; i++) {
      const client = signedInClient();
      client.subscribe(
        { query: alertsQuery },
        {
          next: (result) => {
            // Kept once, for the baseline's bytes: like the raw clients, the others only parse what they receive.
            if (!payload) payload = JSON.stringify(result);
            if (--pending === 0) done();
          },
          error: (error) => console.error(error),
          complete: () => undefined,
        },
      );
      clients.push(client);
    }
    while (app.liveEvents.size < size) await new Promise((resolve) => setTimeout(resolve, 20));
    const alertRound = async () => {
      pending = size;
      const received = new Promise<void>((resolve) => (done = resolve));
      const started = performance.now();
      await app.liveEvents.dispatch({ topic: 'alert', kind: AlertKind.NEW_COMPLAINT, complaintId });
      await received;
      return performance.now() - started;
    };
    await alertRound(); // warm-up, and the payload for the baseline's bytes

    // The baseline: the same bytes, broadcast by a bare ws server to as many clients, of the same
    // kind (graphql-ws clients, which do the same work on receipt), open at the same time as those
    // above. The bare server answers the protocol's handshake and notes each subscription's id;
    // each socket's frame is built beforehand, so a round is one send per socket and nothing else.
    // Rounds of the two alternate, so that both meet the same load (the 2 cores are shared).
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: () => 'graphql-transport-ws' });
    await new Promise((resolve) => server.once('listening', resolve));
    const subscriptionIds = new Map<WebSocket, string>();
    server.on('connection', (socket) =>
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; id?: string };
        if (message.type === 'connection_init') socket.send('{"type":"connection_ack"}');
        if (message.type === 'subscribe') subscriptionIds.set(socket, message.id!);
        if (message.type === 'ping') socket.send('{"type":"pong"}');
      }),
    );
    const rawUrl = `ws://127.0.0.1:${(server.address() as { port: number }).port}`;
    const rawClients: Client[] = [];
    for (let i = 0; i < size; i++) {
      const client = createClient({ url: rawUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
      client.subscribe(
        { query: alertsQuery },
        {
          next: () => {
            if (--pending === 0) done();
          },
          error: (error) => console.error(error),
          complete: () => undefined,
        },
      );
      rawClients.push(client);
    }
    while (subscriptionIds.size < size) await new Promise((resolve) => setTimeout(resolve, 20));
    const frames = [...subscriptionIds].map(([socket, id]) => ({
      socket,
      frame: JSON.stringify({ id, type: 'next', payload: JSON.parse(payload) }),
    }));
    const rawRound = async () => {
      pending = size;
      const received = new Promise<void>((resolve) => (done = resolve));
      const started = performance.now();
      for (const { socket, frame } of frames) socket.send(frame);
      await received;
      return performance.now() - started;
    };
    await rawRound(); // warm-up

    const alertTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      alertTimes.push(await alertRound());
      rawTimes.push(await rawRound());
    }
    await Promise.all([...clients, ...rawClients].map((client) => client.dispose()));
    await new Promise((resolve) => server.close(resolve));

    const alert = median(alertTimes);
    const raw = median(rawTimes);
    console.log(
      `${String(size).padStart(11)}   ${alert.toFixed(1).padStart(11)} ms   ${raw.toFixed(1).padStart(13)} ms   ${(alert / raw).toFixed(2)}×`,
    );
    rows.push({
      benchmark: `fan-out: one alert to ${size.toLocaleString('en')} subscribers (median of ${rounds})`,
      measured: ms(alert),
      baseline: `${ms(raw)} (bare ws broadcast, same bytes)`,
      ratio: alert / raw,
      goal: '≤ 1.5×',
      met: alert / raw <= 1.5,
    });
  }

  // --- catching up: N clients connect at once (as after a restart) with 20 alerts to replay -----
  // (not with --quick: it waits out the replays' reuse between sizes)
  for (let i = 0; i < (quick ? 0 : 19); i++) {
    await post(
      app.url,
      `mutation ($input: RecordComplaintInput!) { recordComplaint(input: $input) { complaint { id } } }`,
      {
        input: {
          channel: 'POST',
          receivedAt: new Date().toISOString(),
          subject: `bench ${i}`,
          details: 'bench',
          accused: [{ fullName: 'ผู้รับเหมา ไม่ทราบชื่อ' }],
        },
      },
      cookie,
    );
  }
  const catchUpQuery = `subscription { alerts(since: "1970-01-01T00:00:00Z") { kind replayed complaint { id receiptNumber stage } deadline { rule { code } dueAt status } } }`;
  if (!quick) console.log('\ncatching up: N clients connect at once and are replayed 20 alerts each (one round, 2 cores)\n');
  if (!quick) console.log('subscribers   connected → all replayed');
  for (const size of quick ? [] : sizes) {
    await new Promise((resolve) => setTimeout(resolve, 11_000)); // no reuse of the previous round's executions
    let pending = size * 20;
    let done: () => void = () => undefined;
    const received = new Promise<void>((resolve) => (done = resolve));
    const started = performance.now();
    const clients: Client[] = [];
    for (let i = 0; i < size; i++) {
      const client = signedInClient();
      client.subscribe(
        { query: catchUpQuery },
        {
          next: () => {
            if (--pending === 0) done();
          },
          error: (error) => console.error(error),
          complete: () => undefined,
        },
      );
      clients.push(client);
    }
    await received;
    const caughtUp = performance.now() - started;
    console.log(`${String(size).padStart(11)}   ${caughtUp.toFixed(0).padStart(9)} ms`);
    rows.push({
      benchmark: `catching up: ${size.toLocaleString('en')} clients connect at once, 20 alerts replayed to each`,
      measured: `${caughtUp.toFixed(0)} ms`,
      baseline: '—',
      ratio: null,
      goal: '—',
      met: null,
    });
    await Promise.all(clients.map((client) => client.dispose()));
  }
  reportRows(rows);
  await app.stop();
} finally {
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
