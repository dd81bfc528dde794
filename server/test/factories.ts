import { deflateSync } from 'node:zlib';
import { operation } from './contract.js';
import { Agent } from './graphql-client.js';

const hour = 3_600_000;

/** An instant `hoursAgo` hours before now, as the API takes it. */
export const hoursAgo = (hours: number) => new Date(Date.now() - hours * hour).toISOString();

/** The appendix form, filled as a clerk would (R5), with anything overridden. */
export function complaintInput(overrides: Record<string, unknown> = {}) {
  const receivedAt = (overrides.receivedAt as string | undefined) ?? hoursAgo(48);
  return {
    channel: 'IN_PERSON',
    receivedAt,
    subject: 'เรียกรับเงินเพื่อออกใบอนุญาตก่อสร้าง',
    details: 'เจ้าหน้าที่กองช่างเรียกรับเงิน 5,000 บาท เพื่อเร่งออกใบอนุญาตก่อสร้างบ้านเลขที่ 12 หมู่ 3',
    requestedAction: 'ขอให้ตรวจสอบและดำเนินการทางวินัย',
    // Ten days before the receipt.
    incidentAt: new Date(Date.parse(receivedAt) - 10 * 86_400_000).toISOString(),
    incidentPlace: 'ที่ทำการ อบต.โคกแย้',
    complainant: {
      fullName: 'นายสมปอง ใจกล้า',
      age: 45,
      address: { houseNumber: '12', moo: '3', tambon: 'โคกแย้', amphoe: 'หนองแค', changwat: 'สระบุรี', postcode: '18230' },
      phone: '081-234-5678',
      email: 'sompong@example.com',
    },
    // Not one of the officials (a name that matched one would be linked, issue 9, item 4).
    accused: [{ fullName: 'นายสมหมาย ไม่ทราบนามสกุล', position: 'พนักงานจ้างเหมาบริการ', unit: 'กองช่าง' }],
    evidence: [{ description: 'ภาพถ่ายการรับเงิน', copies: 2 }],
    ...overrides,
  };
}

export interface ComplaintState {
  id: string;
  receiptNumber: string;
  stage: string;
  version: number;
  receivedAt: string;
}

/**
 * The website form (contract, "The citizen's channel"): the appendix form less the channel and the
 * receipt instant, which submitComplaint sets itself, with anything overridden.
 */
export function websiteForm(overrides: Record<string, unknown> = {}) {
  const { channel: _channel, receivedAt: _receivedAt, ...form } = complaintInput(overrides);
  return form;
}

/** A request header as the trusted proxy sends it: the client's address (read only with TRUST_PROXY). */
export const forwardedFor = (address: string) => ({ 'x-forwarded-for': address });

/** A complaint's state as the workflow helpers take it, found by its receipt number (N/YYYY). */
export async function stateByReceipt(db: Queryable, receiptNumber: string): Promise<ComplaintState> {
  const [seq, year] = receiptNumber.split('/').map(Number);
  const { rows } = await db.query(
    `select id, version, stage, received_at as "receivedAt" from complaint where receipt_seq = $1 and receipt_year = $2`,
    [seq, year],
  );
  return { ...(rows[0] as Omit<ComplaintState, 'receiptNumber'>), receiptNumber };
}

/** A pg client or pool: what stateByReceipt reads with. */
interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** Drives complaints through the workflow with the contract's own operations. */
export class Workflow {
  constructor(
    readonly center: Agent,
    readonly commander: Agent,
  ) {}

  async record(overrides: Record<string, unknown> = {}): Promise<ComplaintState> {
    const data = await this.center.ok(operation('RecordComplaint'), { input: complaintInput(overrides) });
    return data.recordComplaint.complaint;
  }

  private async move(agent: Agent, name: string, field: string, complaint: ComplaintState, input: Record<string, unknown> = {}) {
    const data = await agent.ok(operation(name), {
      input: { complaintId: complaint.id, expectedVersion: complaint.version, ...input },
    });
    return data[field].complaint as ComplaintState;
  }

  register = (c: ComplaintState, input = {}) =>
    this.move(this.center, 'RegisterComplaint', 'registerComplaint', c, { registerNumber: 'สบ 0001/123', ...input });
  submit = (c: ComplaintState, input = {}) =>
    this.move(this.center, 'SubmitForOrder', 'submitForOrder', c, { centerRegisterNumber: 'ศปท 1/2569', ...input });
  accept = (c: ComplaintState, units = ['ENGINEERING'], input = {}) =>
    this.move(this.commander, 'OrderComplaint', 'orderComplaint', c, { decision: 'ACCEPT', units, ...input });
  reject = (c: ComplaintState, reason = 'PRIVATE_DISPUTE') =>
    this.move(this.commander, 'OrderComplaint', 'orderComplaint', c, { decision: 'NOT_ACCEPT', reason });
  distribute = (c: ComplaintState, input = {}) => this.move(this.center, 'DistributeComplaint', 'distributeComplaint', c, input);
  appoint = (c: ComplaintState, input = {}) =>
    this.move(this.commander, 'AppointCommittee', 'appointCommittee', c, {
      orderNumber: 'คำสั่ง อบต.โคกแย้ ที่ 45/2569',
      members: [
        { fullName: 'นางสาววิไลวรรณ ศรีสุข', role: 'CHAIR' },
        { fullName: 'นายประเสริฐ บุญมา', role: 'MEMBER' },
        { fullName: 'นางสุนิสา แก้วมณี', role: 'SECRETARY' },
      ],
      ...input,
    });
  resolve = (c: ComplaintState, agent: Agent = this.center) =>
    this.move(agent, 'ResolveComplaint', 'resolveComplaint', c, { outcome: 'SUBSTANTIATED', findings: 'พบว่ามีการเรียกรับเงินจริง' });
  notice = (c: ComplaintState, kind: string, method = 'LETTER') => this.move(this.center, 'SendNotice', 'sendNotice', c, { kind, method });
  close = (c: ComplaintState) => this.move(this.center, 'CloseComplaint', 'closeComplaint', c);

  /** A complaint recorded and moved on to `stage`. */
  async at(stage: string, overrides: Record<string, unknown> = {}): Promise<ComplaintState> {
    let c = await this.record(overrides);
    if (stage === 'RECEIVED') return c;
    c = await this.register(c);
    if (stage === 'REGISTERED') return c;
    c = await this.submit(c);
    if (stage === 'AWAITING_ORDER') return c;
    if (stage === 'NOT_ACCEPTED') return this.reject(c);
    c = await this.accept(c);
    if (stage === 'ORDERED') return c;
    c = await this.distribute(c);
    if (stage === 'FACT_FINDING') return c;
    c = await this.appoint(c);
    if (stage === 'COMMITTEE') return c;
    c = await this.resolve(c);
    if (stage === 'RESOLVED') return c;
    if (overrides.complainant !== null) c = await this.notice(c, 'RESULT');
    c = await this.close(c);
    if (stage === 'CLOSED') return c;
    throw new Error(`unknown stage ${stage}`);
  }
}

/**
 * A bulk load for tests at scale: `count` complaints of B.E. year `receiptYear` (a year no other
 * test uses) written straight into the table, without the per-row triggers, inside the caller's
 * transaction on a superuser connection.
 */
export async function bulkComplaints(
  db: { query(sql: string): Promise<unknown> },
  {
    count,
    receiptYear,
    stage = `'RECEIVED'`,
    receivedAt = 'now()',
  }: { count: number; receiptYear: number; stage?: string; receivedAt?: string },
): Promise<void> {
  await db.query(`set local session_replication_role = replica`);
  await db.query(`
    insert into complaint (id, receipt_year, receipt_seq, stage, version, received_at, channel_code, subject, details,
                           anonymous, has_contact, last_event_at)
    select gen_random_uuid(), ${receiptYear}, n, ${stage}, 1, ${receivedAt}, 'POST', 'bulk', 'bulk', true, false, now()
      from generate_series(1, ${count}) n`);
}

/** A real 1×1 PNG (signature, IHDR, IDAT, IEND with their CRCs), so that the type is read from real bytes. */
export function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 0, 0, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Issue 13: a body just set up on the deployment (setUpOrganisation): its administrator signed in
 * once the server knows the body (the set-up's NOTIFY reloads the reference data), and a Center
 * clerk created there, signed in with a changed password.
 */
export async function newBodyAgents(
  baseUrl: string,
  admin: { username: string; password: string },
  bodyCode: string,
  clerk = { username: 'clerk.nk', displayName: 'เสมียนหนองแค', password: 'หนองแค-รหัสใหม่-2569' },
): Promise<{ admin: Agent; clerk: Agent }> {
  const bodyAdmin = new Agent(baseUrl);
  const until = Date.now() + 10_000;
  for (;;) {
    const response = await bodyAdmin.request(operation('SignIn'), { input: admin });
    if (!response.errors && (await bodyAdmin.ok(operation('Organisation'))).organisation?.code === bodyCode) break;
    if (Date.now() > until) throw new Error('the second body never became known to the server');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { createUser } = await bodyAdmin.ok(operation('CreateUser'), {
    input: { username: clerk.username, displayName: clerk.displayName, roles: ['CENTER_OFFICER'], divisionCode: 'PALAD' },
  });
  const bodyClerk = new Agent(baseUrl);
  await bodyClerk.ok(operation('SignIn'), {
    input: { username: clerk.username, password: createUser.temporaryPassword },
  });
  await bodyClerk.ok(operation('ChangePassword'), {
    input: { currentPassword: createUser.temporaryPassword, newPassword: clerk.password },
  });
  return { admin: bodyAdmin, clerk: bodyClerk };
}
