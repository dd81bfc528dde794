import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../src/db/mikro-orm.config.js';
import { Role } from '../src/modules/auth/role.js';
import type { SessionUser } from '../src/modules/auth/session-user.js';
import { mayRead, readsComplaints, seesIdentity } from '../src/modules/complaints/complaint-access.js';
import { findBoardComplaints, findComplaint, findRegister } from '../src/modules/complaints/complaint.queries.js';
import { createTestDatabase } from './harness.js';

/**
 * The access rules (contract, "Who may do what", and its two overriding rules) checked against an
 * independent model on random users and complaints: every read path that loads complaints must
 * return exactly what the model allows, and the complainant only to CENTER_OFFICER users.
 */
interface ModelComplaint {
  id: string;
  units: string[];
  accused: string[];
  anonymous: boolean;
}

const divisions = ['PALAD', 'FINANCE', 'ENGINEERING', 'EDUCATION', 'PUBLIC_HEALTH', 'SOCIAL_WELFARE'];
const allRoles = Object.values(Role);

/** The model, written from the contract's words, not from the code under test. */
function modelSees(user: SessionUser, complaint: ModelComplaint): boolean {
  if (user.officialId !== null && complaint.accused.includes(user.officialId)) return false; // overriding rule 1
  const readsAll = user.roles.some((role) => role === 'CENTER_OFFICER' || role === 'COMMANDER' || role === 'EXECUTIVE');
  const assigned = user.roles.includes(Role.DIVISION_OFFICER) && user.divisionCode !== null && complaint.units.includes(user.divisionCode);
  return readsAll || assigned;
}
const modelReads = (user: SessionUser) => user.roles.some((role) => role !== 'ADMIN' && role !== 'AUDITOR');
const modelSeesIdentity = (user: SessionUser) => user.roles.includes(Role.CENTER_OFFICER); // overriding rule 2

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: MikroORM;
let officials: string[];
const complaints: ModelComplaint[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await MikroORM.init(ormConfig({ databaseUrl: database.url }));
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  officials = (await db.query(`select id from official order by full_name`)).rows.map((row) => row.id);
  // 80 complaints with random units, accused officials and anonymity, written straight to the tables.
  const random = fc.sample(
    fc.record({
      units: fc.uniqueArray(fc.constantFrom(...divisions), { maxLength: 3 }),
      accused: fc.uniqueArray(fc.constantFrom(...officials), { maxLength: 3 }),
      freeText: fc.boolean(),
      anonymous: fc.boolean(),
    }),
    { numRuns: 80, seed: 2569 },
  );
  let seq = 0;
  for (const sample of random) {
    const id = randomUUID();
    seq++;
    await db.query(
      `insert into complaint (id, receipt_year, receipt_seq, stage, version, received_at, channel_code, subject, details,
                              anonymous, has_contact, last_event_at)
       values ($1, 2599, $2, $3, 1, now(), 'POST', 'model', 'model', $4, $5, now())`,
      [id, seq, sample.units.length ? 'ORDERED' : 'RECEIVED', sample.anonymous, !sample.anonymous],
    );
    if (!sample.anonymous) await db.query(`insert into complainant (complaint_id, full_name, phone) values ($1, 'ผู้ร้อง', '0800000000')`, [id]);
    for (const [index, official] of sample.accused.entries()) {
      await db.query(`insert into accused (complaint_id, position, official_id) values ($1, $2, $3)`, [id, index + 1, official]);
    }
    if (sample.freeText) await db.query(`insert into accused (complaint_id, position, full_name) values ($1, 99, 'ไม่ทราบชื่อ')`, [id]);
    for (const unit of sample.units) await db.query(`insert into complaint_unit (complaint_id, division_code) values ($1, $2)`, [id, unit]);
    complaints.push({ id, units: sample.units, accused: sample.accused, anonymous: sample.anonymous });
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
    displayName: fc.constant('model'),
    roles: fc.subarray(allRoles, { minLength: 1 }),
    divisionCode: fc.option(fc.constantFrom(...divisions), { nil: null }),
    officialId: fc.option(fc.constantFrom(...(officials ?? [])), { nil: null }),
  }) as fc.Arbitrary<SessionUser>;

describe('access rules against an independent model (property tests)', () => {
  it('the board, the register and a complaint by id show exactly what the model allows, identity to CENTER_OFFICER only', async () => {
    await fc.assert(
      fc.asyncProperty(users(), fc.constantFrom(...complaints), async (user, probe) => {
        expect(readsComplaints(user)).toBe(modelReads(user));
        expect(seesIdentity(user)).toBe(modelSeesIdentity(user));
        if (!modelReads(user)) return; // the resolvers answer FORBIDDEN before any query (access.test.ts)
        const em = orm.em.fork();
        const expected = complaints.filter((complaint) => modelSees(user, complaint)).map((complaint) => complaint.id).sort();
        const board = (await findBoardComplaints(em, user)).map((complaint) => complaint.id).filter((id) => complaints.some((c) => c.id === id));
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
        expect(mine.map((complaint) => complaint.id).sort()).toEqual(complaints.filter((c) => modelSees(user, c)).map((c) => c.id).sort());
        if (!modelSeesIdentity(user)) expect(mine.every((complaint) => complaint.complainant === null)).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  }, 120_000);

  it('the alert fan-out decides like the model, without a query (10,000 runs)', () => {
    fc.assert(
      fc.property(users(), fc.constantFrom(...complaints), (user, complaint) => {
        expect(mayRead(user, { unitCodes: complaint.units, accusedOfficialIds: complaint.accused })).toBe(modelSees(user, complaint));
      }),
      { numRuns: 10_000, seed: 1 },
    );
  });
});
