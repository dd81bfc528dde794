import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operation } from './contract.js';
import { complaintInput, Workflow, tinyPng } from './factories.js';
import { Agent, errorCode, signedIn } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';
import { documentText } from './document-text.js';

describe('administration (issue 11, item 2): the body, its officials, divisions, channels and calendar', () => {
  let server: TestServer;
  let admin: Agent;
  let center: Agent;
  let flow: Workflow;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signedIn(server.url, 'admin');
    center = await signedIn(server.url, 'center');
    flow = new Workflow(center, await signedIn(server.url, 'commander'));
  });
  afterAll(() => server.stop());

  it('refuses every administrative change to anyone but ADMIN', async () => {
    for (const [mutation, input] of [
      [
        'mutation ($input: CreateOfficialInput!) { createOfficial(input: $input) { official { id } } }',
        { fullName: 'นายก ข', position: 'x', divisionCode: 'PALAD' },
      ],
      [
        'mutation ($input: DivisionInput!) { createDivision(input: $input) { code } }',
        { code: 'LEGAL', nameTh: 'กองกฎหมาย', nameEn: 'Legal' },
      ],
      ['mutation ($input: UpdateChannelInput!) { updateChannel(input: $input) { code } }', { code: 'POST', inUse: false }],
      ['mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { code } }', { phone: '02-000-0000' }],
      ['mutation ($input: SetEmblemInput!) { setEmblem(input: $input) { code } }', { dataUrl: null }],
      ['mutation ($input: ImportHolidaysInput!) { importHolidays(input: $input) { dryRun } }', { csv: 'วันที่,ชื่อวันหยุด\n', dryRun: true }],
    ] as const) {
      expect(errorCode(await center.request(mutation, { input })), mutation).toBe('FORBIDDEN');
    }
  });

  it("lists each account's last sign-in (never, for one that has not signed in)", async () => {
    await admin.ok(operation('CreateUser'), { input: { username: 'new.clerk', displayName: 'ใหม่', roles: ['AUDITOR'] } });
    const { users } = await admin.ok(`{ users { username lastSignInAt } }`);
    const at = (username: string) => users.find((user: { username: string }) => user.username === username).lastSignInAt;
    expect(Date.parse(at('center'))).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(at('new.clerk')).toBeNull();
  });

  it('adds an official (createOfficial, contract), who is then matched as an accused; records the day one left', async () => {
    const { createOfficial } = await admin.ok(operation('CreateOfficial'), {
      input: { fullName: 'นางสาวใหม่  ใจงาม', position: 'นิติกร', divisionCode: 'PALAD' },
    });
    expect(createOfficial.official).toMatchObject({ fullName: 'นางสาวใหม่ ใจงาม', position: 'นิติกร', division: { code: 'PALAD' } });
    const twice = await admin.request(operation('CreateOfficial'), {
      input: { fullName: 'นางสาวใหม่ ใจงาม', position: 'x', divisionCode: 'PALAD' },
    });
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await admin.request(operation('CreateOfficial'), { input: { fullName: 'นายไม่มี กอง', position: 'x', divisionCode: 'NOPE' } }),
      ),
    ).toBe('BAD_USER_INPUT');
    const { accusedMatches } = await center.ok(
      `query ($accused: [AccusedInput!]!) { accusedMatches(accused: $accused) { link officials { id } } }`,
      { accused: [{ fullName: 'นางสาวใหม่ ใจงาม', position: 'นิติกร', unit: 'สำนักปลัด' }] },
    );
    expect(accusedMatches).toEqual([{ link: 'SAME_NAME', officials: [{ id: createOfficial.official.id }] }]);

    const update = `mutation ($input: UpdateOfficialInput!) { updateOfficial(input: $input) { official { id position leftOn division { code } } } }`;
    const moved = await admin.ok(update, {
      input: { id: createOfficial.official.id, position: 'นิติกรชำนาญการ', divisionCode: 'FINANCE', leftOn: '2026-11-30' },
    });
    expect(moved.updateOfficial.official).toMatchObject({ position: 'นิติกรชำนาญการ', leftOn: '2026-11-30', division: { code: 'FINANCE' } });
    expect(errorCode(await admin.request(update, { input: { id: createOfficial.official.id, leftOn: '2999-01-01' } }))).toBe(
      'BAD_USER_INPUT',
    );
    // A day that does not exist (month 13) is the clerk's mistake to be told, never an internal error.
    expect(errorCode(await admin.request(update, { input: { id: createOfficial.official.id, leftOn: '2026-13-01' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await admin.request(`{ holidays(from: "2026-13-01") { date } }`))).toBe('BAD_USER_INPUT');
    expect(errorCode(await admin.request(update, { input: { id: '00000000-0000-4000-8000-000000000000', position: 'x' } }))).toBe(
      'NOT_FOUND',
    );
  });

  it('adds and renames a division, seen at once by every screen', async () => {
    const created = await admin.ok(`mutation ($input: DivisionInput!) { createDivision(input: $input) { code nameTh } }`, {
      input: { code: 'LEGAL', nameTh: 'กองกฎหมาย', nameEn: 'Legal Division' },
    });
    expect(created.createDivision).toEqual({ code: 'LEGAL', nameTh: 'กองกฎหมาย' });
    const again = await admin.request(`mutation ($input: DivisionInput!) { createDivision(input: $input) { code } }`, {
      input: { code: 'LEGAL', nameTh: 'ซ้ำ', nameEn: 'again' },
    });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    await admin.ok(`mutation ($input: DivisionInput!) { updateDivision(input: $input) { code } }`, {
      input: { code: 'LEGAL', nameTh: 'กองกฎหมายและคดี', nameEn: 'Legal Affairs Division' },
    });
    const { divisions } = await center.ok(`{ divisions { code nameTh } }`);
    expect(divisions.at(-1)).toEqual({ code: 'LEGAL', nameTh: 'กองกฎหมายและคดี' });
  });

  it('reaches every server process: a division added on one is on the other at once (NOTIFY at commit)', async () => {
    const other = await startTestServer({}, server);
    try {
      const elsewhere = await signedIn(other.url, 'center');
      await admin.ok(`mutation ($input: DivisionInput!) { createDivision(input: $input) { code } }`, {
        input: { code: 'AUDIT_UNIT', nameTh: 'หน่วยตรวจสอบภายใน', nameEn: 'Internal Audit Unit' },
      });
      const seen = async () =>
        ((await elsewhere.ok(`{ divisions { code } }`)).divisions as { code: string }[]).some((division) => division.code === 'AUDIT_UNIT');
      const deadline = Date.now() + 5_000;
      while (!(await seen()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await seen()).toBe(true);
    } finally {
      await other.stop();
    }
  });

  it('turns a channel off for intake and changes its contact (ChannelContacts, contract)', async () => {
    const change = `mutation ($input: UpdateChannelInput!) { updateChannel(input: $input) { code inUse contact } }`;
    expect((await admin.ok(change, { input: { code: 'FACEBOOK', inUse: false } })).updateChannel).toMatchObject({ inUse: false });
    const { channels } = await center.ok(operation('ChannelContacts'));
    expect(channels.map((channel: { code: string }) => channel.code)).not.toContain('FACEBOOK');
    expect(errorCode(await center.request(operation('RecordComplaint'), { input: complaintInput({ channel: 'FACEBOOK' }) }))).toBe(
      'BAD_USER_INPUT',
    );
    await admin.ok(change, { input: { code: 'FACEBOOK', inUse: true, contact: 'เพจ อบต.โคกแย้ (ตอบทุกวันทำการ)' } });
    const after = (await center.ok(operation('ChannelContacts'))).channels.find((channel: { code: string }) => channel.code === 'FACEBOOK');
    expect(after.contact).toBe('เพจ อบต.โคกแย้ (ตอบทุกวันทำการ)');
  });

  it("changes the body's profile and signers, and the letters print them", async () => {
    const update = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { phone website signers { document name position onBehalfOf } } }`;
    const changed = await admin.ok(update, {
      input: {
        phone: '036-374047 ต่อ 17',
        website: 'https://kokyae.go.th',
        signers: [{ document: 'STATISTICS_REPORT', name: 'นางสุนิสา แก้วมณี', position: 'นิติกรชำนาญการ' }],
      },
    });
    expect(changed.updateOrganisation).toEqual({
      phone: '036-374047 ต่อ 17',
      website: 'https://kokyae.go.th',
      signers: [{ document: 'STATISTICS_REPORT', name: 'นางสุนิสา แก้วมณี', position: 'นิติกรชำนาญการ', onBehalfOf: '' }],
    });
    const twice = await admin.request(update, {
      input: {
        signers: [
          { document: 'NOTICE_LETTER', name: 'ก', position: 'ข' },
          { document: 'NOTICE_LETTER', name: 'ค', position: 'ง' },
        ],
      },
    });
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    const c = await flow.record();
    const slip = documentText(
      await (await fetch(`${server.url}/documents/complaints/${c.id}/receipt.html`, { headers: { cookie: center.cookie! } })).text(),
    );
    expect(slip).toContain('โทร. ๐๓๖-๓๗๔๐๔๗ ต่อ ๑๗');
    expect(slip).toContain('https://kokyae.go.th');
  });

  it('keeps an emblem read from its bytes (PNG or JPEG only, at most 300 KB), serves it, and prints it on the letterhead', async () => {
    const set = `mutation ($input: SetEmblemInput!) { setEmblem(input: $input) { emblemUrl } }`;
    const png = tinyPng();
    // The browser's claim is not trusted: a text file called image/png is refused.
    expect(
      errorCode(
        await admin.request(set, {
          input: { dataUrl: `data:image/png;base64,${Buffer.from('<svg onload=alert(1)>').toString('base64')}` },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const large = Buffer.concat([png, Buffer.alloc(301 * 1024)]);
    expect(errorCode(await admin.request(set, { input: { dataUrl: `data:image/png;base64,${large.toString('base64')}` } }))).toBe(
      'BAD_USER_INPUT',
    );
    const done = await admin.ok(set, { input: { dataUrl: `data:application/octet-stream;base64,${png.toString('base64')}` } });
    expect(done.setEmblem.emblemUrl).toBe('/organisation/emblem?body=KOK_YAE');

    const served = await fetch(`${server.url}/organisation/emblem`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    expect((await new Agent(server.url).ok(operation('Organisation'))).organisation).toMatchObject({ code: 'KOK_YAE' });

    const c = await flow.record();
    const slip = await (
      await fetch(`${server.url}/documents/complaints/${c.id}/receipt.html`, { headers: { cookie: center.cookie! } })
    ).text();
    expect(slip).toContain(`src="data:image/png;base64,${png.toString('base64')}"`);

    await admin.ok(set, { input: { dataUrl: null } });
    expect((await fetch(`${server.url}/organisation/emblem`)).status).toBe(404);
  });

  it("imports the Cabinet's holiday list as CSV: a dry run names each bad line and adds nothing; a real run adds the days and lists the deadlines it moved", async () => {
    const importHolidays = `mutation ($input: ImportHolidaysInput!) {
      importHolidays(input: $input) { dryRun added { date nameTh } alreadyThere problems { row column messageTh } moved { receiptNumber ruleCode from to } }
    }`;
    const bad = 'วันที่,ชื่อวันหยุด\n31 เม.ย. 2570,วันไม่มีจริง\n2 มิ.ย. 2570,\n';
    const dry = await admin.ok(importHolidays, { input: { csv: bad, dryRun: true } });
    expect(dry.importHolidays.problems).toEqual([
      { row: 2, column: 'วันที่', messageTh: expect.stringContaining('"31 เม.ย. 2570" ไม่ใช่วันที่') },
      { row: 3, column: 'ชื่อวันหยุด', messageTh: expect.stringContaining('ต้องมีชื่อวันหยุด') },
    ]);
    const refused = await admin.request(importHolidays, { input: { csv: bad, dryRun: false } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.problems).toHaveLength(2);

    // Received Friday 5 June 2026 16:00: FIRST_REPLY (15 working days) due Friday 26 June; a special day on 10 June moves it.
    const c = await flow.record({ receivedAt: '2026-06-05T16:00:00+07:00', incidentAt: null });
    const csv = '\uFEFFวันที่,ชื่อวันหยุด,nameEn\n"10 มิ.ย. 2569",วันหยุดพิเศษ,Special holiday\n01/01/2569,วันขึ้นปีใหม่,New Year\n';
    const check = await admin.ok(importHolidays, { input: { csv, dryRun: true } });
    expect(check.importHolidays).toMatchObject({ dryRun: true, added: [{ date: '2026-06-10' }], alreadyThere: 1, problems: [], moved: [] });
    const { holidays: before } = await admin.ok(`{ holidays(from: "2026-06-10", to: "2026-06-10") { date } }`);
    expect(before).toEqual([]);
    const real = await admin.ok(importHolidays, { input: { csv, dryRun: false } });
    expect(real.importHolidays.added).toEqual([{ date: '2026-06-10', nameTh: 'วันหยุดพิเศษ' }]);
    expect(real.importHolidays.moved).toContainEqual(
      expect.objectContaining({ receiptNumber: c.receiptNumber, ruleCode: 'FIRST_REPLY', to: '2026-06-29T09:30:00.000Z' }),
    );
    const again = await admin.ok(importHolidays, { input: { csv, dryRun: false } });
    expect(again.importHolidays).toMatchObject({ added: [], alreadyThere: 2, moved: [] });
  });
});
