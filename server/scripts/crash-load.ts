/**
 * The crash suite's load (crash-suite.ts): recordings and workflow moves over HTTP, as the demo
 * users `center` (records and most moves) and `commander` (orders, committees), through the public
 * contract's operations. It keeps what the client saw acknowledged; a request whose answer was lost
 * (the server or the database died under it) is neither, and the complaint is read again before it
 * is moved on.
 */
import { operation } from '../test/contract.js';
import type { AcknowledgedWrite } from './crash-checks.js';

const demoPassword = 'rongrian-demo';

/** A small seeded PRNG (mulberry32), so that a run can be repeated with `--seed`. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Outcome = { kind: 'ok'; data: any } | { kind: 'refused'; code: string } | { kind: 'lost'; reason: string };

/** A session-keeping HTTP client (the cookie `signIn` sets). */
class Client {
  private cookie: string | null = null;

  constructor(
    private readonly baseUrl: string,
    readonly username: string,
  ) {}

  async send(query: string, variables: Record<string, unknown>): Promise<Outcome> {
    let response: Response;
    let body: { data?: any; errors?: { extensions?: { code?: string } }[] };
    try {
      response = await fetch(`${this.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) this.cookie = setCookie.split(';')[0];
      body = (await response.json()) as typeof body;
    } catch (error) {
      return { kind: 'lost', reason: (error as Error).cause ? String((error as Error).cause) : String(error) };
    }
    const code = body.errors?.[0]?.extensions?.code;
    if (!code && body.data) return { kind: 'ok', data: body.data };
    // An internal error may come after the write committed (its audit entry failed, say): unknown.
    if (!code || code === 'INTERNAL_SERVER_ERROR' || response.status >= 500)
      return { kind: 'lost', reason: `HTTP ${response.status} ${code ?? ''}` };
    return { kind: 'refused', code };
  }

  async signIn(): Promise<void> {
    const outcome = await this.send(operation('SignIn'), { input: { username: this.username, password: demoPassword } });
    if (outcome.kind !== 'ok') throw new Error(`${this.username} could not sign in: ${JSON.stringify(outcome)}`);
  }
}

interface TrackedComplaint {
  id: string;
  receiptNumber: string;
  stage: string;
  version: number;
  hasContact: boolean;
  noticesSent: Set<string>;
  /** A request about it lost its answer: read it again before moving it. */
  stale: boolean;
  busy: boolean;
}

interface PlannedMove {
  client: 'center' | 'commander';
  operation: string;
  field: string;
  event: string;
  input: Record<string, unknown>;
  notice?: string;
}

const syncQuery = `query CrashSuiteComplaint($id: ID!) { complaint(id: $id) { id receiptNumber stage version notices { kind } } }`;

export interface LoadFigures {
  acknowledged: number;
  recordings: number;
  moves: number;
  lost: number;
  refused: Record<string, number>;
}

export class Load {
  readonly acknowledged: AcknowledgedWrite[] = [];
  readonly figures: LoadFigures = { acknowledged: 0, recordings: 0, moves: 0, lost: 0, refused: {} };
  /** Complaints with a move left to make. */
  private readonly open = new Set<TrackedComplaint>();
  private readonly clients: Record<'center' | 'commander', Client>;
  private running = false;
  private workers: Promise<void>[] = [];

  constructor(
    baseUrl: string,
    private readonly random: () => number,
    private readonly concurrency: number,
  ) {
    this.clients = { center: new Client(baseUrl, 'center'), commander: new Client(baseUrl, 'commander') };
  }

  async signIn(): Promise<void> {
    await this.clients.center.signIn();
    await this.clients.commander.signIn();
  }

  start(): void {
    this.running = true;
    this.workers = Array.from({ length: this.concurrency }, () => this.work());
  }

  /** Stops issuing requests and waits for the ones in flight to settle. */
  async pause(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
  }

  /** Reads again every complaint whose last request lost its answer (the server is up again). */
  async resync(): Promise<void> {
    for (const complaint of this.open) {
      if (complaint.stale) await this.sync(complaint);
    }
  }

  private async sync(complaint: TrackedComplaint): Promise<void> {
    const outcome = await this.clients.center.send(syncQuery, { id: complaint.id });
    if (outcome.kind !== 'ok' || !outcome.data.complaint)
      throw new Error(`complaint ${complaint.receiptNumber} cannot be read again: ${JSON.stringify(outcome)}`);
    const now = outcome.data.complaint;
    complaint.stage = now.stage;
    complaint.version = now.version;
    complaint.noticesSent = new Set(now.notices.map((notice: { kind: string }) => notice.kind));
    complaint.stale = false;
    if (!this.plan(complaint)) this.open.delete(complaint);
  }

  private async work(): Promise<void> {
    while (this.running) {
      const movable = [...this.open].filter((c) => !c.busy && !c.stale);
      // About one recording to six moves, with some fifty complaints on the go.
      if (movable.length < 50 || this.random() < 0.15) await this.record();
      else await this.move(movable[Math.floor(this.random() * movable.length)]);
    }
  }

  private async record(): Promise<void> {
    const anonymous = this.random() < 0.3;
    const receivedAt = new Date(Date.now() - (1 + this.random() * 72) * 3_600_000);
    const input = {
      channel: ['IN_PERSON', 'POST', 'PHONE', 'WEBSITE', 'FACEBOOK'][Math.floor(this.random() * 5)],
      receivedAt: receivedAt.toISOString(),
      subject: 'เรียกรับเงินเพื่อออกใบอนุญาตก่อสร้าง',
      details: 'เจ้าหน้าที่กองช่างเรียกรับเงินเพื่อเร่งออกใบอนุญาตก่อสร้าง',
      ...(anonymous ? {} : { complainant: { fullName: 'นายสมปอง ใจกล้า', phone: '081-234-5678' } }),
      // A name that is none of the officials' (one that matched could need the clerk's choice).
      accused: [{ fullName: 'นายสมหมาย ไม่ทราบนามสกุล', position: 'พนักงานจ้างเหมาบริการ', unit: 'กองช่าง' }],
      evidence: [{ description: 'ภาพถ่ายการรับเงิน', copies: 1 }],
    };
    const outcome = await this.clients.center.send(operation('RecordComplaint'), { input });
    if (outcome.kind === 'ok') {
      const complaint = outcome.data.recordComplaint.complaint;
      this.open.add({
        id: complaint.id,
        receiptNumber: complaint.receiptNumber,
        stage: complaint.stage,
        version: complaint.version,
        hasContact: !anonymous,
        noticesSent: new Set(),
        stale: false,
        busy: false,
      });
      this.acknowledge({
        complaintId: complaint.id,
        version: complaint.version,
        event: 'RECEIVED',
        receiptNumber: complaint.receiptNumber,
      });
      this.figures.recordings++;
    } else {
      // A lost recording may have committed: it is not tracked (the checks cover it all the same).
      this.count(outcome);
    }
  }

  /** The next step of the workflow for this complaint, or none when it is finished. */
  private plan(c: TrackedComplaint): PlannedMove | undefined {
    const base = { complaintId: c.id, expectedVersion: c.version };
    const center = (op: string, field: string, event: string, input: Record<string, unknown> = {}) =>
      ({ client: 'center', operation: op, field, event, input: { ...base, ...input } }) as PlannedMove;
    const notice = (kind: string): PlannedMove => ({
      ...center('SendNotice', 'sendNotice', 'NOTICE_SENT', { kind, method: 'LETTER' }),
      notice: kind,
    });
    switch (c.stage) {
      case 'RECEIVED':
        return c.hasContact && !c.noticesSent.has('ACKNOWLEDGEMENT') && c.version === 1 && c.receiptNumber.length % 2 === 0
          ? notice('ACKNOWLEDGEMENT')
          : center('RegisterComplaint', 'registerComplaint', 'REGISTERED', { registerNumber: `สบ ${c.receiptNumber}` });
      case 'REGISTERED':
        return center('SubmitForOrder', 'submitForOrder', 'SUBMITTED_FOR_ORDER', { centerRegisterNumber: `ศปท ${c.receiptNumber}` });
      case 'AWAITING_ORDER': {
        const accept = !c.receiptNumber.startsWith('5');
        return {
          client: 'commander',
          operation: 'OrderComplaint',
          field: 'orderComplaint',
          event: accept ? 'ORDERED' : 'NOT_ACCEPTED',
          input: {
            ...base,
            ...(accept ? { decision: 'ACCEPT', units: ['ENGINEERING'] } : { decision: 'NOT_ACCEPT', reason: 'PRIVATE_DISPUTE' }),
          },
        };
      }
      case 'ORDERED':
        return center('DistributeComplaint', 'distributeComplaint', 'DISTRIBUTED');
      case 'FACT_FINDING':
        if (c.receiptNumber.startsWith('3')) {
          return {
            client: 'commander',
            operation: 'AppointCommittee',
            field: 'appointCommittee',
            event: 'COMMITTEE_APPOINTED',
            input: {
              ...base,
              orderNumber: `คำสั่งที่ ${c.receiptNumber}`,
              members: [
                { fullName: 'นางสาววิไลวรรณ ศรีสุข', role: 'CHAIR' },
                { fullName: 'นายประเสริฐ บุญมา', role: 'MEMBER' },
                { fullName: 'นางสุนิสา แก้วมณี', role: 'SECRETARY' },
              ],
            },
          };
        }
        return center('ResolveComplaint', 'resolveComplaint', 'RESOLVED', { outcome: 'SUBSTANTIATED', findings: 'พบว่ามีการเรียกรับเงินจริง' });
      case 'COMMITTEE':
        return center('ResolveComplaint', 'resolveComplaint', 'RESOLVED', { outcome: 'UNSUBSTANTIATED', findings: 'ไม่พบมูล' });
      case 'RESOLVED':
        return c.hasContact && !c.noticesSent.has('RESULT') ? notice('RESULT') : center('CloseComplaint', 'closeComplaint', 'CLOSED');
      case 'NOT_ACCEPTED':
        return c.hasContact && !c.noticesSent.has('NOT_ACCEPTED') ? notice('NOT_ACCEPTED') : undefined;
      default:
        return undefined;
    }
  }

  private async move(c: TrackedComplaint): Promise<void> {
    const planned = this.plan(c)!;
    c.busy = true;
    try {
      const outcome = await this.clients[planned.client].send(operation(planned.operation), { input: planned.input });
      if (outcome.kind === 'ok') {
        const after = outcome.data[planned.field].complaint;
        c.stage = after.stage;
        c.version = after.version;
        if (planned.notice) c.noticesSent.add(planned.notice);
        this.acknowledge({ complaintId: c.id, version: after.version, event: planned.event });
        this.figures.moves++;
        if (!this.plan(c)) this.open.delete(c);
      } else {
        // Lost: it may have committed; read again once the server is back (resync). Refused (a
        // CONFLICT after a lost move that did commit): read again now.
        c.stale = true;
        this.count(outcome);
        if (outcome.kind === 'refused') await this.sync(c).catch(() => undefined);
      }
    } finally {
      c.busy = false;
    }
  }

  private acknowledge(write: AcknowledgedWrite): void {
    this.acknowledged.push(write);
    this.figures.acknowledged++;
  }

  private count(outcome: Exclude<Outcome, { kind: 'ok' }>): void {
    if (outcome.kind === 'lost') this.figures.lost++;
    else this.figures.refused[outcome.code] = (this.figures.refused[outcome.code] ?? 0) + 1;
  }
}
