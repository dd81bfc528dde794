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

const sizes = [500, 2_000];
const rounds = 7;
const logger = createLogger('warn');
const dataDir = `/tmp/rongrian-bench-${process.pid}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

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

  console.log(`one alert to N subscribers; median of ${rounds} rounds (2 cores)\n`);
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
    // --- the alert path -----------------------------------------------------------------------
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
            payload = JSON.stringify(result);
            if (--pending === 0) done();
          },
          error: (error) => console.error(error),
          complete: () => undefined,
        },
      );
      clients.push(client);
    }
    while (app.liveEvents.size < size) await new Promise((resolve) => setTimeout(resolve, 20));
    const alertTimes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      pending = size;
      const received = new Promise<void>((resolve) => (done = resolve));
      const started = performance.now();
      await app.liveEvents.dispatch({ topic: 'alert', kind: AlertKind.NEW_COMPLAINT, complaintId });
      await received;
      alertTimes.push(performance.now() - started);
    }
    await Promise.all(clients.map((client) => client.dispose()));

    // --- the baseline: the same bytes, broadcast by a bare ws server ---------------------------
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    const port = (server.address() as { port: number }).port;
    const sockets: WebSocket[] = [];
    for (let i = 0; i < size; i++) {
      const socket = new WebSocket(`ws://127.0.0.1:${port}`);
      socket.on('message', (data) => {
        JSON.parse(String(data));
        if (--pending === 0) done();
      });
      sockets.push(socket);
    }
    await Promise.all(sockets.map((socket) => new Promise((resolve) => socket.once('open', resolve))));
    while (server.clients.size < size) await new Promise((resolve) => setTimeout(resolve, 20));
    const bytes = JSON.stringify({ id: '00000000-0000-4000-8000-000000000000', type: 'next', payload: JSON.parse(payload) });
    const rawTimes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      pending = size;
      const received = new Promise<void>((resolve) => (done = resolve));
      const started = performance.now();
      for (const client of server.clients) client.send(bytes);
      await received;
      rawTimes.push(performance.now() - started);
    }
    for (const socket of sockets) socket.close();
    await new Promise((resolve) => server.close(resolve));

    const alert = median(alertTimes);
    const raw = median(rawTimes);
    console.log(
      `${String(size).padStart(11)}   ${alert.toFixed(1).padStart(11)} ms   ${raw.toFixed(1).padStart(13)} ms   ${(alert / raw).toFixed(2)}×`,
    );
  }

  // --- catching up: N clients connect at once (as after a restart) with 20 alerts to replay -----
  for (let i = 0; i < 19; i++) {
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
  console.log('\ncatching up: N clients connect at once and are replayed 20 alerts each (one round, 2 cores)\n');
  console.log('subscribers   connected → all replayed');
  for (const size of sizes) {
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
    console.log(`${String(size).padStart(11)}   ${(performance.now() - started).toFixed(0).padStart(9)} ms`);
    await Promise.all(clients.map((client) => client.dispose()));
  }
  await app.stop();
} finally {
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
