import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workflow } from './factories.js';
import { signedIn, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';
import { matchesAt, pdfLines, type PdfLine } from './pdf-lines.js';
import { prerequisitesMet } from './prerequisites.js';

/** Whether the PDF's text holds `expected` (a U+0000 of it standing for a mark, see pdfLines). */
const has = (text: string, expected: string) => [...text].some((_, at) => matchesAt(text, at, expected));
/** Whether a line of the PDF is `expected`, all of it. */
const is = (line: PdfLine | undefined, expected: string) => same(line?.text ?? '', expected);
const same = (text: string, expected: string) => text.length === expected.length && matchesAt(text, 0, expected);
/** The line to sign for `role` ("ลงชื่อ……ผู้ร้องเรียน"): its index among the lines, or -1. */
const signatureLine = (lines: PdfLine[], role: string) =>
  lines.findIndex((line) => {
    const parts = /^(.*?)\.{20,}(.*)$/.exec(line.text);
    return !!parts && same(parts[1], 'ลงชื่อ') && same(parts[2], role);
  });
/** Where `text` stands among the lines: the index of the first line that holds it, or -1. */
const lineOf = (lines: PdfLine[], text: string) => lines.findIndex((line) => has(line.text, text));
const textOf = (lines: PdfLine[]) => lines.map((line) => line.text).join('');

let server: TestServer;
const agents: Record<string, Agent> = {};
let official: { id: string; fullName: string; position: string; division: { nameTh: string } };

const chromium = '/usr/bin/chromium';
const suite = 'issue 14, item 4: the appendix form and the receipt slip, fit for signing';

describe.runIf(prerequisitesMet(suite, [!existsSync(chromium) && `${chromium} (apt-get install -y chromium)`]))(suite, () => {
  beforeAll(async () => {
    server = await startTestServer();
    for (const username of ['center', 'commander', 'nayok']) agents[username] = await signedIn(server.url, username);
    const { officials } = await agents.center.ok(`{ officials { id fullName position division { code nameTh } } }`);
    official = officials.find((one: typeof official) => one.division.nameTh !== 'กองช่าง');
  }, 60_000);
  afterAll(() => server?.stop());

  const flow = () => new Workflow(agents.center, agents.commander);
  const pdf = async (agent: Agent, path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: { cookie: agent.cookie! } });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const lines = await pdfLines(await response.arrayBuffer());
    if (process.env.DEBUG_LINES)
      console.log(
        path,
        JSON.stringify(
          lines.map((l) => l.text),
          null,
          1,
        ),
      );
    return lines;
  };

  it("R5: the form's สังกัด is the linked official's division, with the unit the complainant wrote when it differs", async () => {
    const c = await flow().record({
      accused: [
        { officialId: official.id, unit: 'กองช่าง' },
        { fullName: 'นายสมหมาย ไม่ทราบนามสกุล', position: 'พนักงานจ้างเหมาบริการ', unit: 'กองคลัง' },
      ],
    });
    const lines = await pdf(agents.center, `/documents/complaints/${c.id}/form.pdf`);
    // The accused's table (its cells' lines, in the order of the page).
    const table = textOf(lines.slice(lineOf(lines, 'ลำดับ'), lineOf(lines, 'รายละเอียดการกระทำ')));
    expect(has(table, official.division.nameTh)).toBe(true);
    expect(has(table, '(ผู้ร้องเรียนระบุว่า')).toBe(true);
    expect(has(table, 'กองช่าง)')).toBe(true);
    // Not linked: the unit as written.
    expect(has(table, 'กองคลัง')).toBe(true);
  });

  it("R5: under the certification the complainant's signature line with their name; then the receiver's block with theirs", async () => {
    const c = await flow().record();
    const lines = await pdf(agents.center, `/documents/complaints/${c.id}/form.pdf`);
    const certification = lineOf(lines, 'ข้าพเจ้าขอรับรองว่า');
    expect(certification).toBeGreaterThan(-1);
    const signs = signatureLine(lines, 'ผู้ร้องเรียน');
    expect(signs).toBeGreaterThan(certification);
    expect(is(lines[signs + 1], '(นายสมปอง ใจกล้า)')).toBe(true);
    const block = lineOf(lines, 'สำหรับเจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริต');
    const receiver = signatureLine(lines, 'ผู้รับเรื่อง');
    expect(block).toBeGreaterThan(signs);
    expect(receiver).toBeGreaterThan(block);
    expect(is(lines[receiver + 1], '(นางสุนิสา แก้วมณี)')).toBe(true);
    expect(has(textOf(lines.slice(receiver + 2)), 'ตำแหน่ง นิติกร (ศูนย์ปฏิบัติการต่อต้านการทุจริต)')).toBe(true);

    // Whoever may not see the complainant gets the line to sign without the name.
    const forNayok = await pdf(agents.nayok, `/documents/complaints/${c.id}/form.pdf`);
    const blankLine = signatureLine(forNayok, 'ผู้ร้องเรียน');
    expect(blankLine).toBeGreaterThan(-1);
    expect(forNayok[blankLine + 1].text).toMatch(/^\(\.+\)$/);
    expect(lineOf(forNayok, 'นายสมปอง')).toBe(-1);
  });

  it('R5: the form of an anonymous complaint has no one to sign the certification', async () => {
    const c = await flow().record({ complainant: null });
    const lines = await pdf(agents.center, `/documents/complaints/${c.id}/form.pdf`);
    expect(lineOf(lines, 'ข้าพเจ้าขอรับรอง')).toBe(-1);
    expect(lineOf(lines, 'บัตรสนเท่ห์ ไม่มีผู้ร้องเรียนลงชื่อรับรองข้อความ')).toBeGreaterThan(-1);
    expect(signatureLine(lines, 'ผู้ร้องเรียน')).toBe(-1);
    // The receiver still signs for it.
    expect(signatureLine(lines, 'ผู้รับเรื่อง')).toBeGreaterThan(-1);
  });

  it('R3, R5: the slip names a named complainant, promises them the result, and has the receiver sign', async () => {
    const c = await flow().record();
    const lines = await pdf(agents.center, `/documents/complaints/${c.id}/receipt.pdf`);
    expect(is(lines[lineOf(lines, 'ผู้ร้องเรียน')], 'ผู้ร้องเรียน นายสมปอง ใจกล้า')).toBe(true);
    const receiver = signatureLine(lines, 'ผู้รับเรื่อง');
    expect(receiver).toBeGreaterThan(-1);
    expect(is(lines[receiver + 1], '(นางสุนิสา แก้วมณี)')).toBe(true);
    expect(has(textOf(lines), 'เรื่องร้องเรียนของท่านไว้แล้ว')).toBe(true);
    expect(has(textOf(lines), '๑๕ วันทำการ')).toBe(true);
    // The executive, who may not see the complainant, gets a slip without the name.
    const forNayok = await pdf(agents.nayok, `/documents/complaints/${c.id}/receipt.pdf`);
    expect(lineOf(forNayok, 'นายสมปอง')).toBe(-1);
    expect(has(textOf(forNayok), 'ผู้ร้องเรียน (ข้อมูลผู้ร้องเรียนเปิดเผยเฉพาะเจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริต)')).toBe(true);
  });

  it('R5: the slip of an anonymous complaint promises nothing to "ท่าน"; one without contact promises no letter', async () => {
    const anonymous = await flow().record({ complainant: null });
    const lines = await pdf(agents.center, `/documents/complaints/${anonymous.id}/receipt.pdf`);
    expect(is(lines[lineOf(lines, 'ผู้ร้องเรียน')], 'ผู้ร้องเรียน ไม่ประสงค์ออกนาม (บัตรสนเท่ห์)')).toBe(true);
    expect(has(textOf(lines), 'ท่าน')).toBe(false);
    expect(has(textOf(lines), 'จะแจ้งผล')).toBe(false);
    expect(has(textOf(lines), 'ไม่มีการแจ้งผลการดำเนินการเป็นหนังสือ')).toBe(true);
    expect(signatureLine(lines, 'ผู้รับเรื่อง')).toBeGreaterThan(-1);

    const unreachable = await flow().record({
      complainant: { fullName: 'นายสมปอง ใจกล้า', age: null, address: null, phone: null, email: null },
    });
    const slip = textOf(await pdf(agents.center, `/documents/complaints/${unreachable.id}/receipt.pdf`));
    expect(has(slip, 'จะแจ้งผล')).toBe(false);
    expect(has(slip, 'ไม่อาจแจ้งผลการดำเนินการเป็นหนังสือได้')).toBe(true);
  });
});
