import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { complaintInput, websiteForm, Workflow } from './factories.js';
import { Agent, signedIn } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * Statement budgets of issue 2, counted by the server on its own connections (x-sql-statements),
 * session lookup included: they must hold whatever the number of complaints.
 */
let server: TestServer;
let center: Agent;
let nayok: Agent;
let engineer: Agent;
/** The tracking code SubmitComplaint answered, for TrackComplaint. */
let submitted: string;

beforeAll(async () => {
  server = await startTestServer();
  center = await signedIn(server.url, 'center');
  nayok = await signedIn(server.url, 'nayok');
  engineer = await signedIn(server.url, 'engineer');
  const flow = new Workflow(center, await signedIn(server.url, 'commander'));
  // 150 complaints spread over the stages, with accused, evidence, units and events.
  for (let i = 0; i < 30; i++) {
    await Promise.all([flow.record(), flow.at('REGISTERED'), flow.at('ORDERED'), flow.at('FACT_FINDING'), flow.at('CLOSED')]);
  }
}, 120_000);
afterAll(() => server?.stop());

describe('SQL statements per request', () => {
  it('Board: at most 2, for every reader, whatever the number of complaints', async () => {
    for (const agent of [center, nayok, engineer]) {
      const result = await agent.request(operation('Board'));
      expect(result.errors).toBeUndefined();
      expect(result.statements).toBeLessThanOrEqual(2);
    }
    const cards = (await center.ok(operation('Board'))).board.columns.flatMap((column: { complaints: unknown[] }) => column.complaints);
    expect(cards.length).toBeGreaterThanOrEqual(150);
  });

  it("Board asking for the cards' relations too: one more statement for all of them, not one per card", async () => {
    const result = await center.request(
      `{ board { columns { complaints { id accused { fullName } evidence { copies } events { kind } units { code } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBeLessThanOrEqual(3);
  });

  it("counts the audit trail's statement too: the Center's read of a complainant is one statement more than the Nayok's read without it (issue 15, item 3)", async () => {
    const [card] = (await center.ok(operation('Board'))).board.columns.find(
      (column: { stage: string }) => column.stage === 'RECEIVED',
    ).complaints;
    const query = `query ($id: ID!) { complaint(id: $id) { id complainant { fullName } } }`;
    const withIdentity = await center.request(query, { id: card.id });
    const without = await nayok.request(query, { id: card.id });
    expect(withIdentity.data.complaint.complainant).not.toBeNull();
    expect(without.data.complaint.complainant).toBeNull();
    // The same reads; the Center's adds its IDENTITY_READ entry (audit_append), committed before the answer.
    expect(withIdentity.statements).toBe(without.statements + 1);
  });

  it('Complaint: at most 4', async () => {
    const [card] = (await center.ok(operation('Board'))).board.columns.find(
      (column: { stage: string }) => column.stage === 'CLOSED',
    ).complaints;
    const result = await center.request(operation('Complaint'), { id: card.id });
    expect(result.errors).toBeUndefined();
    expect(result.data.complaint.events.length).toBeGreaterThan(5);
    expect(result.statements).toBeLessThanOrEqual(4);
  });

  it('Complaints (the register): at most 3 for a page, searched and paged, for every reader, whatever the number of complaints', async () => {
    for (const agent of [center, nayok, engineer]) {
      const first = await agent.request(operation('Complaints'), { first: 50 });
      expect(first.errors).toBeUndefined();
      expect(first.statements).toBeLessThanOrEqual(3);
      const next = await agent.request(operation('Complaints'), {
        filter: { search: 'ใบอนุญาต', overdue: false },
        first: 50,
        after: first.data.complaints.pageInfo.endCursor,
      });
      expect(next.errors).toBeUndefined();
      expect(next.statements).toBeLessThanOrEqual(3);
    }
    expect((await center.ok(operation('Complaints'), { first: 100 })).complaints.totalCount).toBeGreaterThanOrEqual(150);
  });

  // The move's statements, and the letter's: the file it is printed from, what was issued, the letter.
  it('SendNotice: at most 11, the letter issued in its transaction (issue 14, item 1)', async () => {
    const c = await new Workflow(center, center).record();
    const result = await center.request(operation('SendNotice'), {
      input: { complaintId: c.id, expectedVersion: c.version, kind: 'ACKNOWLEDGEMENT', method: 'LETTER' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBeLessThanOrEqual(11);
  });

  // Issue 14, item 1: + 1 for the slip and form issued before, which a correction issues again.
  it('CorrectComplaint: at most 11, with the accused matched again and the receipt moved', async () => {
    const c = await new Workflow(center, center).record();
    const result = await center.request(operation('CorrectComplaint'), {
      input: {
        complaintId: c.id,
        expectedVersion: 1,
        reason: 'แก้ไขตามหนังสือร้องเรียน',
        subject: 'แก้ไขแล้ว',
        receivedAt: new Date(Date.parse(c.receivedAt) - 3_600_000).toISOString(),
        accused: [{ fullName: 'ผู้ถูกกล่าวหาคนใหม่' }],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBeLessThanOrEqual(11);
  });

  it('RecordComplaint: at most 8, with complainant, accused and evidence', async () => {
    const result = await center.request(operation('RecordComplaint'), {
      input: complaintInput({
        accused: [{ fullName: 'ก' }, { fullName: 'ข', unit: 'กองคลัง' }, { fullName: 'ค' }],
        evidence: [{ description: 'หนึ่ง' }, { description: 'สอง', copies: 3 }],
      }),
    });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBeLessThanOrEqual(8);
  });

  it("SubmitComplaint (the citizen's channel, no session): at most 8, the address's count and the tracking code's hash included", async () => {
    const form = websiteForm({
      accused: [{ fullName: 'ก' }, { fullName: 'ข', unit: 'กองคลัง' }, { fullName: 'ค' }],
      evidence: [{ description: 'หนึ่ง' }, { description: 'สอง', copies: 3 }],
    });
    const result = await new Agent(server.url).request(operation('SubmitComplaint'), { input: form });
    expect(result.errors).toBeUndefined();
    // The count (committed on its own), BEGIN, the officials, the calendar and rules, the recording, the code, the audit entry, COMMIT.
    expect(result.statements).toBeLessThanOrEqual(8);
    submitted = result.data.submitComplaint.trackingCode;
  });

  it('TrackComplaint (no session): 2, the wrong-code limit and one statement for the complaint, its notices and messages', async () => {
    const result = await new Agent(server.url).request(operation('TrackComplaint'), { code: submitted });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBeLessThanOrEqual(2);
  });

  it('files (issue 12, item 4): SubmitComplaint with two uploads at most 10; ComplaintAttachments at most 4; the board asking for files one more statement, not one per card', async () => {
    const uploads: string[] = [];
    for (const name of ['a.pdf', 'b.pdf']) {
      const form = new FormData();
      form.append('file', new Blob([Buffer.from(`%PDF-1.4\n${name}\n%%EOF\n`)]), name);
      const response = await fetch(`${server.url}/uploads`, { method: 'POST', body: form });
      expect(response.status).toBe(201);
      uploads.push(((await response.json()) as { id: string }).id);
    }
    const submittedWithFiles = await new Agent(server.url).request(operation('SubmitComplaint'), {
      input: websiteForm({ attachmentIds: uploads }),
    });
    expect(submittedWithFiles.errors).toBeUndefined();
    // As without files, and two more: the uploads claimed (locked) and attached.
    expect(submittedWithFiles.statements).toBeLessThanOrEqual(10);

    const withFiles = (await center.ok(`{ board { columns { complaints { id attachments { id } } } } }`)).board.columns
      .flatMap((column: { complaints: { id: string; attachments: { id: string }[] }[] }) => column.complaints)
      .find((complaint: { attachments: unknown[] }) => complaint.attachments.length === 2);
    expect(withFiles).toBeDefined();
    const result = await center.request(operation('ComplaintAttachments'), { id: withFiles.id });
    expect(result.errors).toBeUndefined();
    expect(result.data.complaint.attachments).toHaveLength(2);
    // The session, the complaint, its files, its messages.
    expect(result.statements).toBeLessThanOrEqual(4);
    for (const agent of [center, nayok, engineer]) {
      const board = await agent.request(`{ board { columns { complaints { id attachments { id sha256 } } } } }`);
      expect(board.errors).toBeUndefined();
      expect(board.statements).toBeLessThanOrEqual(3);
    }
  });

  it('a workflow move: the session, BEGIN, its state, the calendar and rules, one guarded write, the answer, the audit entry, COMMIT', async () => {
    const flow = new Workflow(center, center);
    const c = await flow.record();
    const result = await center.request(operation('RegisterComplaint'), {
      input: { complaintId: c.id, expectedVersion: 1, registerNumber: '9' },
    });
    expect(result.errors).toBeUndefined();
    // Issue 9, item 7: the write and its audit entry are one transaction (BEGIN and COMMIT counted).
    expect(result.statements).toBeLessThanOrEqual(8);
  });

  it("backupStatus (the ADMIN page's backup line, issue 11, item 7): the session and two indexed reads of backup_run", async () => {
    const admin = await signedIn(server.url, 'admin');
    const result = await admin.request('query { backupStatus { lastSucceededAt lastAttemptAt lastError keep directory } }');
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBeLessThanOrEqual(3);
  });

  it("the ITA page O19 (issue 14, item 6): one read of the statistics, and the archive's write only for content not archived yet", async () => {
    const fiscalYear = new Date().getUTCFullYear() + 543 + (new Date().getUTCMonth() >= 9 ? 1 : 0);
    const statementsOf = async () => {
      const response = await fetch(`${server.url}/ita/${fiscalYear}/o19`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      return Number(response.headers.get('x-sql-statements'));
    };
    expect(await statementsOf()).toBeLessThanOrEqual(2);
    expect(await statementsOf()).toBe(1);
  });
  it('the registers of a fiscal year (issue 14, item 5): at most 3 each, the session, one read and the identity reads, whatever the number of rows', async () => {
    // The fiscal year the 150 complaints and their notices fall in (received 48 hours ago, sent now).
    const bangkok = new Date(Date.now() - 48 * 3_600_000 + 7 * 3_600_000);
    const fiscalYear = bangkok.getUTCFullYear() + 543 + (bangkok.getUTCMonth() >= 9 ? 1 : 0);
    for (const register of ['received', 'sent', 'complaints']) {
      for (const agent of [center, nayok]) {
        const response = await fetch(`${server.url}/registers/${register}/${fiscalYear}.xlsx`, { headers: { cookie: agent.cookie! } });
        expect(response.status).toBe(200);
        expect(Number(response.headers.get('x-sql-statements')), register).toBeLessThanOrEqual(3);
      }
    }
  }, 60_000);
});
