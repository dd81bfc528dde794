import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { errorCode, signedIn, webSocketClient, type Agent } from './graphql-client.js';
import { complaintInput, Workflow } from './factories.js';
import { startTestServer, type TestServer } from './harness.js';

/**
 * Issue 9, items 7 and 14: input that no field may hold is a clear BAD_USER_INPUT naming the field,
 * refused before any resolver runs, on every door (HTTP body and query string, GET /graphql,
 * WebSocket, inline literals, other routes), never a 500. Against a server in production mode.
 */
let server: TestServer;
let center: Agent;
let flow: Workflow;

beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production' });
  center = await signedIn(server.url, 'center');
  flow = new Workflow(center, await signedIn(server.url, 'commander'));
});
afterAll(() => server?.stop());

const recordComplaint = operation('RecordComplaint');
const refusal = (response: { status: number; errors?: { extensions?: Record<string, any> }[] }) => ({
  status: response.status,
  code: response.errors?.[0]?.extensions?.code,
  field: response.errors?.[0]?.extensions?.field,
});

/** The next receipt number's running part: proves whether a refused request took one. */
async function lastReceiptSeq(): Promise<number> {
  const recorded = await flow.record();
  return Number(recorded.receiptNumber.split('/')[0]);
}

describe('U+0000 and lone surrogates (items 7, 14)', () => {
  it('refuses them in variables over HTTP, naming the field', async () => {
    for (const subject of ['a\u0000b', 'a\ud800b', '\udc00', 'x\ud83d']) {
      const response = await center.request(recordComplaint, { input: complaintInput({ subject }) });
      expect(refusal(response), JSON.stringify(subject)).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'variables.input.subject' });
    }
    // A whole pair is a character like any other (an emoji).
    expect(errorCode(await center.request(recordComplaint, { input: complaintInput({ subject: 'เรื่อง \ud83d\ude00' }) }))).toBeUndefined();
  });

  it('refuses a GraphQL "\\u0000" escape in an inline literal, naming the argument', async () => {
    const response = await center.request(`query { complaint(id: "a\\u0000b") { id } }`);
    expect(refusal(response)).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'complaint.id' });
    const listed = await center.request(
      `mutation { orderComplaint(input: { complaintId: "x", expectedVersion: 1, decision: ACCEPT, units: ["PALAD", "B\\u0000"] }) { complaint { id } } }`,
    );
    expect(refusal(listed)).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'orderComplaint.input.units[1]' });
  });

  it('refuses a mutation whose second root field carries U+0000 before the first one runs', async () => {
    const before = await lastReceiptSeq();
    const twoRoots = `mutation Two($first: RecordComplaintInput!, $second: RecordComplaintInput!) {
      first: recordComplaint(input: $first) { complaint { id } }
      second: recordComplaint(input: $second) { complaint { id } }
    }`;
    const byVariable = await center.request(twoRoots, { first: complaintInput(), second: complaintInput({ details: 'd\u0000' }) });
    expect(refusal(byVariable)).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'variables.second.details' });
    const byLiteral = await center.request(
      `mutation One($first: RecordComplaintInput!) {
        first: recordComplaint(input: $first) { complaint { id } }
        second: recordComplaint(input: { channel: "POST", receivedAt: "${new Date(Date.now() - 3_600_000).toISOString()}",
          subject: "s", details: "d\\u0000", accused: [{ fullName: "ก" }] }) { complaint { id } }
      }`,
      { first: complaintInput() },
    );
    expect(refusal(byLiteral)).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'second.input.details' });
    // Neither first root field recorded anything: the receipt numbers run on without a gap.
    expect(await lastReceiptSeq()).toBe(before + 1);
  });

  it('refuses them on GET /graphql, in the variables inside the query string', async () => {
    const query = encodeURIComponent('query ($id: ID!) { complaint(id: $id) { id } }');
    const variables = encodeURIComponent(JSON.stringify({ id: 'a\u0000' }));
    const response = await fetch(`${server.url}/graphql?query=${query}&variables=${variables}`, {
      headers: { cookie: center.cookie!, 'apollo-require-preflight': 'true' },
    });
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect({ status: response.status, ...body.errors[0].extensions }).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      field: 'variables.id',
    });
  });

  it('refuses them over the WebSocket, in variables and literals', async () => {
    const client = webSocketClient(server.url, center.cookie);
    const run = (query: string, variables?: Record<string, unknown>) =>
      new Promise<{ extensions?: Record<string, unknown> }[]>((resolve) =>
        client.subscribe(
          { query, variables },
          {
            next: (result) => resolve((result.errors ?? []) as never),
            error: (error) => resolve(error as never),
            complete: () => undefined,
          },
        ),
      );
    try {
      const [byVariable] = await run('query ($id: ID!) { complaint(id: $id) { id } }', { id: 'a\ud800' });
      expect(byVariable.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variables.id' });
      const [byLiteral] = await run('query { complaint(id: "a\\u0000") { id } }');
      expect(byLiteral.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'complaint.id' });
    } finally {
      await client.dispose();
    }
  });

  it("refuses them in the query string of the other routes, with the API's error shape", async () => {
    for (const path of [
      '/exports/register.csv?note=%00',
      '/reports/ita/2569.csv?x=%ED%A0%80%00',
      '/documents/statistics/2569.pdf?quarter=%00',
    ]) {
      const response = await fetch(`${server.url}${path}`, { headers: { cookie: center.cookie! } });
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect({ status: response.status, ...body.errors[0].extensions }, path).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    }
  });

  it('refuses variables nested deeper than any input (a stack overflow on main), not a 500', async () => {
    const body = `{"query":"mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }","variables":{"i":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('instants before 1 January 1957, B.E. 2500 (item 14)', () => {
  it('refuses receivedAt 0001-01-01 (a 500 on main) and any instant input before B.E. 2500', async () => {
    const ancient = await center.request(recordComplaint, {
      input: complaintInput({ receivedAt: '0001-01-01T00:00:00Z', incidentAt: null }),
    });
    expect(refusal(ancient)).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(ancient.errors![0].message).toContain('input.receivedAt');
    const justBefore = await center.request(recordComplaint, {
      input: complaintInput({ receivedAt: '1956-12-31T23:59:59+07:00', incidentAt: null }),
    });
    expect(errorCode(justBefore)).toBe('BAD_USER_INPUT');
    const incident = await center.request(recordComplaint, { input: complaintInput({ incidentAt: '1900-01-01T00:00:00Z' }) });
    expect(errorCode(incident)).toBe('BAD_USER_INPUT');
    expect(incident.errors![0].message).toContain('input.incidentAt');
    // A workflow move's `at`, as an inline literal.
    const complaint = await flow.record();
    const move = await center.request(
      `mutation { registerComplaint(input: { complaintId: "${complaint.id}", expectedVersion: 1, registerNumber: "1/2500", at: "1956-06-01T00:00:00Z" }) { complaint { id } } }`,
    );
    expect(errorCode(move)).toBe('BAD_USER_INPUT');
    expect(move.errors![0].extensions!.messageTh).toContain('พ.ศ. 2500');
  });

  it('takes a receipt at the first instant of B.E. 2500', async () => {
    const recorded = await flow.record({ receivedAt: '1957-01-01T00:00:00+07:00', incidentAt: null });
    expect(recorded.receiptNumber).toBe('1/2500');
  });
});

describe('what a complaint must hold (item 14)', () => {
  it('refuses a subject of invisible characters only (zero-width, BOM, word joiner, soft hyphen, NBSP …)', async () => {
    for (const subject of ['\u200b', '\u200c\u200d', '\ufeff', '\u2060', '\u00ad', '\u00a0\u3000', ' \u200b\t\u2800 ', '\u3164']) {
      const response = await center.request(recordComplaint, { input: complaintInput({ subject }) });
      expect(errorCode(response), JSON.stringify(subject)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions!.fields, JSON.stringify(subject)).toEqual([
        { field: 'subject', problems: ['subject must hold a visible character'], messageTh: 'เรื่อง: ต้องมีตัวอักษร ไม่ใช่ช่องว่างอย่างเดียว' },
      ]);
    }
    // Thai text with a zero-width space inside is fine (word breaks are often marked so).
    expect(errorCode(await center.request(recordComplaint, { input: complaintInput({ subject: 'เรียก\u200bรับเงิน' }) }))).toBeUndefined();
  });

  it('refuses a complaint with no accused (R5), and an accused given only invisible characters', async () => {
    const none = await center.request(recordComplaint, { input: complaintInput({ accused: [] }) });
    expect(refusal(none)).toEqual({ status: 200, code: 'BAD_USER_INPUT', field: 'accused' });
    expect(none.errors![0].extensions!.messageTh).toBe('ต้องระบุผู้ถูกกล่าวหาอย่างน้อยหนึ่งคน');
    const invisible = await center.request(recordComplaint, {
      input: complaintInput({ accused: [{ fullName: '\u200b', unit: '\u00a0' }] }),
    });
    expect(refusal(invisible)).toEqual({ status: 200, code: 'BAD_USER_INPUT', field: 'accused[0]' });
  });
});

describe('issue 14, item 7: refusals name the field and its limit in Thai, no internal name', () => {
  const internal = /\b(input|variables|subject|accused|fullName|at|FACT_FINDING|RESULT|R\d(\.\d)?)\b/;

  it("a field too long: the Thai text names it as the form does, with its limit; the English follows after ' — '", async () => {
    const response = await center.request(recordComplaint, {
      input: complaintInput({ subject: 'ก'.repeat(5000), accused: [{ fullName: 'ข'.repeat(400) }] }),
    });
    const extensions = response.errors![0].extensions!;
    expect(extensions.code).toBe('BAD_USER_INPUT');
    expect(extensions.messageTh).toMatch(/เรื่อง: ยาวได้ไม่เกิน \d+ ตัวอักษร/);
    expect(extensions.messageTh).toMatch(/ผู้ถูกกล่าวหา รายการที่ 1: ชื่อ-สกุล: ยาวได้ไม่เกิน \d+ ตัวอักษร/);
    expect(extensions.messageTh).not.toMatch(internal);
    const [thai] = response.errors![0].message.split(' — ');
    expect(thai).toBe(extensions.messageTh);
    expect(extensions.fields.map((field: { messageTh: string }) => field.messageTh).join(' ')).not.toMatch(internal);
  });

  it('a character no text may hold: the Thai text names the field in Thai', async () => {
    const response = await center.request(recordComplaint, { input: complaintInput({ subject: 'a\u0000b' }) });
    const extensions = response.errors![0].extensions!;
    expect(extensions.messageTh).toContain('เรื่อง:');
    expect(extensions.messageTh).not.toMatch(internal);
  });
});
