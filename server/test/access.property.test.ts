import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import { execute, parse, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { inOrganisation } from '../src/db/organisation-scope.js';
import { buildContext, type ContextServices } from '../src/graphql/context.js';
import { liveFieldOf, subscribeLive } from '../src/graphql/live-subscriptions.js';
import { createSchema } from '../src/graphql/schema.js';
import { createLogger } from '../src/logger.js';
import type { ComplaintEvent } from '../src/modules/live-events/live-event.js';
import { LiveEventHub } from '../src/modules/live-events/live-event-hub.js';
import { AlertKind, ComplaintChangeKind } from '../src/modules/live-events/live-event.types.js';
import { Role } from '../src/modules/auth/role.js';
import type { SessionUser } from '../src/modules/auth/session-user.js';
import { audienceOf, identityShownTo, mayRead, readsComplaints, seesIdentity } from '../src/modules/complaints/complaint-access.js';
import { findBoardPages } from '../src/modules/complaints/board.queries.js';
import { ComplaintStage } from '../src/modules/complaints/complaint.enums.js';
import { findComplaint, findRegister } from '../src/modules/complaints/complaint.queries.js';
import { FirstRunToken } from '../src/modules/organisation/first-run.js';
import { ReferenceData } from '../src/modules/reference/reference-data.js';
import { createTestDatabase } from './harness.js';
import { createFileStore } from '../src/modules/files/file-store.js';

/**
 * The access rules (contract, "Who may do what", and its two overriding rules) checked against an
 * independent model on random users and complaints of two bodies on one deployment (issue 13):
 * every read path that loads complaints must return exactly what the model allows, never a
 * complaint of another body, and the complainant only to CENTER_OFFICER users.
 */
interface ModelComplaint {
  id: string;
  /** Issue 13: the body it belongs to; nobody of another body reads it. */
  organisation: string;
  units: string[];
  accused: string[];
  anonymous: boolean;
}

/** Two bodies on one deployment (issue 13), with the same division codes: the demo's and another. */
const bodies = ['KOK_YAE', 'OTHER_BODY'];
const divisions = ['PALAD', 'FINANCE', 'ENGINEERING', 'EDUCATION', 'PUBLIC_HEALTH', 'SOCIAL_WELFARE'];
const allRoles = Object.values(Role);

/** The model, written from the contract's words, not from the code under test. */
function modelSees(user: SessionUser, complaint: ModelComplaint): boolean {
  if (user.organisationCode !== complaint.organisation) return false; // issue 13: one body never reads another's
  if (user.officialId !== null && complaint.accused.includes(user.officialId)) return false; // overriding rule 1
  const readsAll = user.roles.some((role) => role === 'CENTER_OFFICER' || role === 'COMMANDER' || role === 'EXECUTIVE');
  const assigned = user.roles.includes(Role.DIVISION_OFFICER) && user.divisionCode !== null && complaint.units.includes(user.divisionCode);
  return readsAll || assigned;
}
// ADMIN and AUDITOR read no complaint, nor does an OVERSEER (issue 13: figures of the bodies below, never a complaint).
const modelReads = (user: SessionUser) => user.roles.some((role) => role !== 'ADMIN' && role !== 'AUDITOR' && role !== 'OVERSEER');
const modelSeesIdentity = (user: SessionUser) => user.roles.includes(Role.CENTER_OFFICER); // overriding rule 2

/** Identity on request (issue 6): what a commander decided for an investigator, as the model keeps it. */
type Decision = 'APPROVED' | 'APPROVED_EXPIRED' | 'REFUSED' | 'PENDING';
interface ModelRequest {
  requesterId: string;
  complaintId: string;
  decision: Decision;
}
const requests: ModelRequest[] = [];
/** Alerts as the database records them raised (issue 9, item 13): the complaints' and some deadlines'. */
interface ModelAlert {
  kind: AlertKind;
  complaint: ModelComplaint;
  ruleCode: string | null;
  at: number;
}
const raised: ModelAlert[] = [];
/** Only an approval that has not expired shows the identity, and only to the investigator who asked. */
const modelGranted = (user: SessionUser, complaint: ModelComplaint) =>
  requests.some((r) => r.requesterId === user.id && r.complaintId === complaint.id && r.decision === 'APPROVED');
const modelShownComplainant = (user: SessionUser, complaint: ModelComplaint) =>
  !complaint.anonymous && (modelSeesIdentity(user) || modelGranted(user, complaint));

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: MikroORM;
let officials: string[];
const complaints: ModelComplaint[] = [];
/** Users that exist in app_user (identity requests name their requester): the demo users and more. */
const accounts: SessionUser[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init(ormConfig({ databaseUrl: database.url }));
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  officials = (await db.query(`select id from official order by full_name`)).rows.map((row) => row.id);
  // Issue 13: a second body beside the demo, with a channel of its own. Each row below is written
  // for its body: the test's connection names it, as the app's does (row-level security's setting).
  await db.query(
    `insert into organisation (code, name_th, name_en, address, time_zone, office_hours)
     select 'OTHER_BODY', 'อบต.อื่น', 'Other SAO', 'ที่อื่น', time_zone, office_hours from organisation where code = 'KOK_YAE'`,
  );
  await db.query(`select set_config('rongrian.organisation', 'OTHER_BODY', false)`);
  await db.query(
    `insert into channel (code, name_th, name_en, position) select code, name_th, name_en, position from channel where organisation_code = 'KOK_YAE'`,
  );
  await db.query(
    `insert into division (code, name_th, name_en, position) select code, name_th, name_en, position from division where organisation_code = 'KOK_YAE'`,
  );
  const ruleColumns =
    'code, name_th, name_en, manual_ref, start_event, amount, unit, stop_events, stop_notice_kinds, cancel_events, applies_to, position';
  await db.query(`insert into deadline_rule (${ruleColumns}) select ${ruleColumns} from deadline_rule where organisation_code = 'KOK_YAE'`);
  const inBody = (body: string) => db.query(`select set_config('rongrian.organisation', $1, false)`, [body]);
  // 80 complaints with random units, accused officials and anonymity, written straight to the tables.
  const random = fc.sample(
    fc.record({
      units: fc.uniqueArray(fc.constantFrom(...divisions), { maxLength: 3 }),
      accused: fc.uniqueArray(fc.constantFrom(...officials), { maxLength: 3 }),
      freeText: fc.boolean(),
      anonymous: fc.boolean(),
      organisation: fc.constantFrom(...bodies, bodies[0]!),
    }),
    { numRuns: 80, seed: 2569 },
  );
  let seq = 0;
  for (const sample of random) {
    const id = randomUUID();
    seq++;
    await inBody(sample.organisation);
    await db.query(
      `insert into complaint (id, receipt_year, receipt_seq, stage, version, received_at, channel_code, subject, details,
                              anonymous, has_contact, last_event_at)
       values ($1, 2599, $2, $3, 1, now(), 'POST', 'model', 'model', $4, $5, now())`,
      // Stages at which the roles' availableMoves differ (the commander's ORDER, APPOINT_COMMITTEE …).
      [
        id,
        seq,
        sample.units.length ? (seq % 2 ? 'ORDERED' : 'FACT_FINDING') : seq % 2 ? 'RECEIVED' : 'AWAITING_ORDER',
        sample.anonymous,
        !sample.anonymous,
      ],
    );
    if (!sample.anonymous)
      await db.query(`insert into complainant (complaint_id, full_name, phone) values ($1, 'ผู้ร้อง', '0800000000')`, [id]);
    for (const [index, official] of sample.accused.entries()) {
      await db.query(`insert into accused (complaint_id, position, official_id) values ($1, $2, $3)`, [id, index + 1, official]);
    }
    if (sample.freeText) await db.query(`insert into accused (complaint_id, position, full_name) values ($1, 99, 'ไม่ทราบชื่อ')`, [id]);
    for (const unit of sample.units) await db.query(`insert into complaint_unit (complaint_id, division_code) values ($1, $2)`, [id, unit]);
    complaints.push({ id, organisation: sample.organisation, units: sample.units, accused: sample.accused, anonymous: sample.anonymous });
  }

  // Accounts: the demo users, and ten more with random roles, divisions and unlinked officials.
  const userColumns = `id, username, display_name as "displayName", roles, organisation_code as "organisationCode", division_code as "divisionCode", official_id as "officialId"`;
  accounts.push(...(await db.query(`select ${userColumns} from app_user order by username`)).rows);
  const unlinked = officials.filter((official) => !accounts.some((account) => account.officialId === official));
  const extra = fc.sample(
    fc.record({
      roles: fc.subarray(allRoles, { minLength: 1, maxLength: 2 }),
      divisionCode: fc.option(fc.constantFrom(...divisions), { nil: null, freq: 5 }),
      official: fc.option(fc.nat({ max: unlinked.length - 1 }), { nil: null }),
      organisation: fc.constantFrom(...bodies),
    }),
    { numRuns: 10, seed: 2570 },
  );
  // Investigators above all (division officers), as identity requests come from them.
  extra.forEach(
    (account, index) => index < 6 && !account.roles.includes(Role.DIVISION_OFFICER) && account.roles.push(Role.DIVISION_OFFICER),
  );
  const taken = new Set<number>();
  for (const [index, account] of extra.entries()) {
    const official =
      account.official !== null && !taken.has(account.official) ? (taken.add(account.official), unlinked[account.official]) : null;
    await inBody(account.organisation);
    const { rows } = await db.query(
      `insert into app_user (id, username, display_name, password_hash, roles, division_code, official_id)
       values ($1, $2, $2, 'not-a-hash', $3, $4, $5) returning ${userColumns}`,
      [randomUUID(), `model-${index}`, account.roles, account.divisionCode, official],
    );
    accounts.push(rows[0]);
  }

  // Identity requests of every kind, for the same and for other complaints, by the same and by
  // other users, on the first 16 complaints (the fan-out's events are about those most often).
  const decided = fc.sample(
    fc.record({
      requester: fc.constantFrom(...accounts),
      complaint: fc.constantFrom(...complaints.slice(0, 16)),
      decision: fc.constantFrom<Decision>('APPROVED', 'APPROVED', 'APPROVED_EXPIRED', 'REFUSED', 'PENDING'),
    }),
    { numRuns: 60, seed: 2571 },
  );
  for (const { requester, complaint, decision } of decided) {
    const status = decision === 'APPROVED_EXPIRED' ? 'APPROVED' : decision;
    await inBody(complaint.organisation);
    const expiresAt =
      decision === 'APPROVED' ? `now() + interval '1 hour'` : decision === 'APPROVED_EXPIRED' ? `now() - interval '1 minute'` : 'null';
    await db.query(
      `insert into identity_request (id, complaint_id, requester_id, reason, status, decided_at, expires_at)
       values ($1, $2, $3, 'model', $4, ${status === 'PENDING' ? 'null' : 'now()'}, ${expiresAt})`,
      [randomUUID(), complaint.id, requester.id, status],
    );
    requests.push({ requesterId: requester.id, complaintId: complaint.id, decision });
  }

  // What was raised: each complaint's NEW_COMPLAINT when it was recorded, and an OVERDUE for the
  // REGISTER_SAO deadline of 30 of them, raised between 90 minutes ago (outside the replay window) and now.
  const recorded = await db.query(`select id, date_trunc('milliseconds', recorded_at) as at from complaint where receipt_year = 2599`);
  for (const row of recorded.rows) {
    raised.push({
      kind: AlertKind.NEW_COMPLAINT,
      complaint: complaints.find((c) => c.id === row.id)!,
      ruleCode: null,
      at: row.at.getTime(),
    });
  }
  for (const [index, complaint] of complaints.slice(0, 30).entries()) {
    await inBody(complaint.organisation);
    const { rows } = await db.query(
      `insert into deadline (complaint_id, rule_code, received_at, started_at, due_at, due_soon_at, status, due_soon_alerted_at, overdue_alerted_at)
       values ($1, 'REGISTER_SAO', now() - interval '2 days', now() - interval '2 days', now() - interval '1 day', now() - interval '30 hours',
               'PENDING', now() - interval '30 hours', now() - make_interval(mins => $2))
       returning date_trunc('milliseconds', overdue_alerted_at) as at`,
      [complaint.id, index * 3],
    );
    raised.push({ kind: AlertKind.OVERDUE, complaint, ruleCode: 'REGISTER_SAO', at: rows[0].at.getTime() });
  }
  await db.end();
}, 60_000);
afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

const users = () =>
  fc.record({
    id: fc.constant(randomUUID()),
    username: fc.constant('model'),
    organisationCode: fc.constantFrom(...bodies),
    displayName: fc.constant('model'),
    roles: fc.subarray(allRoles, { minLength: 1 }),
    divisionCode: fc.option(fc.constantFrom(...divisions), { nil: null }),
    officialId: fc.option(fc.constantFrom(...(officials ?? [])), { nil: null }),
  }) as fc.Arbitrary<SessionUser>;

/** Every column of the board, whole, and every finished complaint whenever it finished. */
const everyColumn = Object.values(ComplaintStage).map((stage) => ({ stage, first: 1_000_000, after: null }));
const everWindow = { from: new Date('1957-01-01T00:00:00Z'), to: new Date('2999-01-01T00:00:00Z') };

describe('access rules against an independent model (property tests)', () => {
  it('the board, the register and a complaint by id show exactly what the model allows, identity to CENTER_OFFICER only', async () => {
    await fc.assert(
      fc.asyncProperty(users(), fc.constantFrom(...complaints), async (user, probe) => {
        expect(readsComplaints(user)).toBe(modelReads(user));
        expect(seesIdentity(user)).toBe(modelSeesIdentity(user));
        if (!modelReads(user)) return; // the resolvers answer FORBIDDEN before any query (access.test.ts)
        const em = orm.em.fork();
        const expected = complaints
          .filter((complaint) => modelSees(user, complaint))
          .map((complaint) => complaint.id)
          .sort();
        const board = (await findBoardPages(em, user, everWindow, everyColumn, new Set()))
          .flatMap((page) => page.complaints)
          .map((complaint) => complaint.id)
          .filter((id) => complaints.some((c) => c.id === id));
        expect(board.sort()).toEqual(expected);
        const one = await findComplaint(em, user, probe.id);
        expect(one !== undefined).toBe(modelSees(user, probe));
        if (one) expect(one.complainant !== null && one.complainant !== undefined).toBe(modelSeesIdentity(user) && !probe.anonymous);
      }),
      { numRuns: 10_000, seed: 42 },
    );
  }, 120_000);

  it('the register export returns the same set as the board (no identity for other roles)', async () => {
    await fc.assert(
      fc.asyncProperty(users(), async (user) => {
        if (!modelReads(user)) return;
        const register = await findRegister(orm.em.fork(), user);
        const mine = register.filter((complaint) => complaints.some((c) => c.id === complaint.id));
        expect(mine.map((complaint) => complaint.id).sort()).toEqual(
          complaints
            .filter((c) => modelSees(user, c))
            .map((c) => c.id)
            .sort(),
        );
        if (!modelSeesIdentity(user)) expect(mine.every((complaint) => complaint.complainant === null)).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  }, 120_000);

  it('the alert fan-out decides like the model, without a query (10,000 runs)', () => {
    fc.assert(
      fc.property(users(), fc.constantFrom(...complaints), (user, complaint) => {
        expect(
          mayRead(user, {
            organisationCode: complaint.organisation,
            unitCodes: complaint.units,
            accusedOfficialIds: complaint.accused,
            identityGrantees: [],
          }),
        ).toBe(modelSees(user, complaint));
      }),
      { numRuns: 10_000, seed: 1 },
    );
  });

  it('subscribers in one audience are shown the same by the model: scope and identity, approvals included (10,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...accounts),
        fc.constantFrom(...accounts),
        fc.constantFrom(...complaints.slice(0, 16)),
        (one, other, complaint) => {
          const facts = {
            organisationCode: complaint.organisation,
            unitCodes: complaint.units,
            accusedOfficialIds: complaint.accused,
            identityGrantees: accounts.filter((account) => modelGranted(account, complaint)).map((account) => account.id),
          };
          if (!mayRead(one, facts) || !mayRead(other, facts)) return;
          if (audienceOf(one, identityShownTo(one, facts)) !== audienceOf(other, identityShownTo(other, facts))) return;
          expect(modelSees(one, complaint) && modelSees(other, complaint)).toBe(true);
          expect(modelShownComplainant(one, complaint)).toBe(modelShownComplainant(other, complaint));
        },
      ),
      { numRuns: 10_000, seed: 3 },
    );
  });
});

describe('the alert fan-out against executing each subscription alone (property test)', () => {
  let schema: GraphQLSchema;
  let services: ContextServices;
  let hub: LiveEventHub<ExecutionResult>;
  const documents = [
    {
      topic: 'alert',
      query: `subscription { alerts { kind at complaint { id receiptNumber anonymous complainant { fullName phone } units { code } accused { fullName } } deadline { dueAt } } }`,
    },
    { topic: 'alert', query: `subscription { alerts { kind complaint { id subject } } }` },
    { topic: 'change', query: `subscription { complaintChanges { kind complaint { id stage availableMoves complainant { fullName } } } }` },
  ] as const;

  beforeAll(async () => {
    schema = await createSchema();
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
    services = {
      em: orm.em,
      reference: await ReferenceData.load(orm.em.fork()),
      firstRun: new FirstRunToken(),
      config,
      logger: createLogger('silent'),
      files: createFileStore(null),
    };
    hub = new LiveEventHub(services);
  });
  afterAll(() => hub?.close());

  /** What the WebSocket does with a subscription to one of the hub's fields (graphql/websocket.ts). */
  const subscribe = (args: ExecutionArgs) => subscribeLive(hub, services, args, liveFieldOf(args.document)!);

  /** What the hub pushed so far to a subscription, without waiting for more. */
  async function drain(queue: AsyncIterableIterator<ExecutionResult>): Promise<ExecutionResult[]> {
    const pushed: ExecutionResult[] = [];
    const none = Symbol('none');
    for (;;) {
      const next = await Promise.race([queue.next(), Promise.resolve(none)]);
      if (next === none || next.done) return pushed;
      pushed.push(next.value);
    }
  }

  it('pushes every subscriber exactly its own result, identity requests included, and audits each identity it receives (300 runs)', async () => {
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    await fc
      .assert(
        fc.asyncProperty(
          fc.array(fc.record({ user: fc.constantFrom(...accounts), document: fc.constantFrom(...documents) }), {
            minLength: 1,
            maxLength: 10,
          }),
          fc.constantFrom(...complaints.slice(0, 16), ...complaints.slice(16, 24)),
          async (subscriptions, complaint) => {
            const lastAudit: number = (await db.query(`select coalesce(max(id), 0)::int as id from audit_entry`)).rows[0].id;
            const subscribed = subscriptions.map(({ user, document }) => {
              const args = {
                schema,
                document: parse(document.query),
                variableValues: {},
                contextValue: buildContext(services, { requestId: 'model', user, sessionToken: null }),
              };
              return { user, document, args, queue: subscribe(args) };
            });
            const at = new Date().toISOString();
            const events: ComplaintEvent[] = [
              { topic: 'alert', kind: AlertKind.NEW_COMPLAINT, complaintId: complaint.id, at },
              { topic: 'change', kind: ComplaintChangeKind.MOVED, complaintId: complaint.id, at },
            ];
            for (const event of events) await hub.dispatch(event);
            const expectedReads: string[] = [];
            for (const { user, document, args, queue } of subscribed) {
              if (!(Symbol.asyncIterator in queue)) {
                expect(modelReads(user)).toBe(false); // FORBIDDEN at subscription
                continue;
              }
              const pushed = await drain(queue);
              await queue.return?.();
              if (!modelSees(user, complaint)) {
                expect(pushed).toEqual([]);
                continue;
              }
              // Exactly what executing the document for this user alone gives.
              const event = events.find((e) => e.topic === document.topic)!;
              const alone = await inOrganisation(user.organisationCode, () =>
                execute({
                  ...args,
                  contextValue: buildContext(services, { requestId: 'alone', user, sessionToken: null }),
                  rootValue: { ...event, at: new Date(at) },
                }),
              );
              expect(pushed).toHaveLength(1);
              expect(JSON.parse(JSON.stringify(pushed[0]))).toEqual(JSON.parse(JSON.stringify(alone)));
              // And what the model allows: the complainant only to the Center and to approved investigators.
              if (document.query.includes('complainant')) {
                const data = pushed[0].data as Record<string, { complaint: { complainant: unknown } }>;
                const shown = Object.values(data)[0].complaint.complainant !== null;
                expect(shown).toBe(modelShownComplainant(user, complaint));
                if (shown) expectedReads.push(user.id);
              }
            }
            // One IDENTITY_READ per subscriber who received an identity, in that subscriber's name.
            const { rows: entries } = await db.query<{ actorId: string }>(
              `select actor_id as "actorId" from audit_entry where id > $1 and action = 'IDENTITY_READ'`,
              [lastAudit],
            );
            expect(entries.map((entry) => entry.actorId).sort()).toEqual(expectedReads.sort());
          },
        ),
        { numRuns: 300, seed: 11 },
      )
      .finally(() => db.end());
  }, 120_000);

  it('replays to a subscriber catching up (since) exactly the raised alerts the model lets it see, each its own result, audited (40 runs)', async () => {
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const query = `subscription ($since: DateTimeISO) { alerts(since: $since) { kind at replayed complaint { id complainant { fullName } } deadline { rule { code } } } }`;
    const window = 60 * 60_000;
    await fc
      .assert(
        fc.asyncProperty(fc.constantFrom(...accounts), fc.constantFrom('epoch', 'half-hour', 'future'), async (user, sinceKind) => {
          const now = Date.now();
          const since = sinceKind === 'epoch' ? 0 : sinceKind === 'half-hour' ? now - 30 * 60_000 : now + 60_000;
          const lastAudit: number = (await db.query(`select coalesce(max(id), 0)::int as id from audit_entry`)).rows[0].id;
          const args = {
            schema,
            document: parse(query),
            variableValues: { since: new Date(since).toISOString() },
            contextValue: buildContext(services, { requestId: 'model', user, sessionToken: null }),
          };
          const queue = subscribe(args);
          if (!(Symbol.asyncIterator in queue)) return void expect(modelReads(user)).toBe(false);
          await hub.caughtUp();
          const pushed = await drain(queue);
          await queue.return?.();
          // The model: raised at or after `since`, within the window, visible to the user, newest 100, oldest first.
          const expected = raised
            .filter((alert) => alert.at >= Math.max(since, now - window) && modelSees(user, alert.complaint))
            .sort((x, y) => y.at - x.at)
            .slice(0, 100)
            .reverse();
          type Pushed = {
            alerts: {
              kind: string;
              at: string;
              replayed: boolean;
              complaint: { id: string; complainant: unknown };
              deadline: { rule: { code: string } } | null;
            };
          };
          const got = pushed.map((result) => (result.data as Pushed).alerts);
          const describe = (kind: string, id: string, rule: string | null | undefined) => `${kind}|${id}|${rule ?? ''}`;
          expect(got.map((alert) => describe(alert.kind, alert.complaint.id, alert.deadline?.rule.code)).sort()).toEqual(
            expected.map((alert) => describe(alert.kind, alert.complaint.id, alert.ruleCode)).sort(),
          );
          expect(got.every((alert, i) => alert.replayed && (i === 0 || Date.parse(got[i - 1].at) <= Date.parse(alert.at)))).toBe(true);
          const expectedReads: string[] = [];
          for (const [index, alert] of got.entries()) {
            const model = expected.find(
              (e) => describe(e.kind, e.complaint.id, e.ruleCode) === describe(alert.kind, alert.complaint.id, alert.deadline?.rule.code),
            )!;
            expect(Date.parse(alert.at)).toBe(model.at);
            expect(alert.complaint.complainant !== null).toBe(modelShownComplainant(user, model.complaint));
            if (alert.complaint.complainant !== null) expectedReads.push(user.id);
            // What executing it for this user alone gives.
            if (index < 5) {
              const root = {
                topic: 'alert',
                kind: model.kind,
                complaintId: model.complaint.id,
                ...(model.ruleCode ? { ruleCode: model.ruleCode } : {}),
                at: new Date(model.at),
                replayed: true,
              };
              const alone = await inOrganisation(user.organisationCode, () =>
                execute({
                  ...args,
                  contextValue: buildContext(services, { requestId: 'alone', user, sessionToken: null }),
                  rootValue: root,
                }),
              );
              expect(JSON.parse(JSON.stringify(pushed[index]))).toEqual(JSON.parse(JSON.stringify(alone)));
            }
          }
          const { rows: entries } = await db.query<{ actorId: string; via: string }>(
            `select actor_id as "actorId", data->>'via' as via from audit_entry where id > $1 and action = 'IDENTITY_READ'`,
            [lastAudit],
          );
          expect(entries.map((entry) => entry.actorId)).toEqual(expectedReads);
          expect(entries.every((entry) => entry.via === 'alert-replay')).toBe(true);
        }),
        { numRuns: 40, seed: 13 },
      )
      .finally(() => db.end());
  }, 120_000);
});
