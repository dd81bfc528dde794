import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { PdfRenderer } from '../src/modules/documents/pdf-renderer.js';
import { domainWords, keepThaiWordsWhole, nameWords, thaiWords } from '../src/modules/documents/thai-words.js';
import { operation } from './contract.js';
import { documentText } from './document-text.js';
import { Workflow, type ComplaintState } from './factories.js';
import { signedIn, type Agent } from './graphql-client.js';
import { startTestServer, type TestServer } from './harness.js';
import { brokenWords, combiningMarks, pdfLines, wrappedLines, type PdfLine } from './pdf-lines.js';
import { prerequisitesMet } from './prerequisites.js';

/**
 * Long Thai text made of the dictionary's words in an order that changes from line to line, with
 * the short words and the spaces of a clerk's sentences between them: wherever a line ends, it
 * ends near a dictionary word.
 */
function longThai(length: number, seed: number): string {
  const joiners = ['ได้', 'ของ', 'และ', 'ว่า', 'ใน', 'ให้', 'โดย', 'จาก', 'ซึ่ง', 'แล้ว'];
  let text = '';
  for (let index = seed; text.length < length; index++) {
    text += domainWords[(index * 17) % domainWords.length] + joiners[(index * 7) % joiners.length];
    if (index % 5 === 4) text += ' ';
  }
  return `${text.trim()}นั้น`;
}

const names = {
  complainant: 'นายสมปอง ใจกล้า',
  accused: 'นางสาวประภาพรรณ วงศ์สวัสดิ์',
};
/** The words no line may split: the dictionary's, and the names the documents print. */
const words = [...domainWords, ...nameWords([names.complainant, names.accused, 'องค์การบริหารส่วนตำบลโคกแย้'])];

/** What issue 14, item 3 forbids in a document's lines, as one list of findings (none is right). */
function lineBreakFaults(lines: PdfLine[]): string[] {
  const faults = brokenWords(wrappedLines(lines), words);
  for (const line of lines) {
    // A vowel above or below, a tone mark, SARA AM, ๆ or ฯ belong to the letter before them.
    if (/^[\0\u0E2F\u0E33\u0E46]/.test(line.text) || combiningMarks.test(line.text[0])) {
      faults.push(`a line starts with a mark (page ${line.page}): "${line.text.slice(0, 15)}…"`);
    }
    // A leading vowel (เ แ โ ใ ไ) is written before its letter: it never ends a line.
    if (/[\u0E40-\u0E44]$/.test(line.text)) faults.push(`a line ends with a leading vowel (page ${line.page}): "…${line.text.slice(-15)}"`);
  }
  return faults;
}

let server: TestServer;
const agents: Record<string, Agent> = {};
let complaint: ComplaintState;
let notAccepted: ComplaintState;
const notices: Record<string, string> = {};

const chromium = '/usr/bin/chromium';
const suite = 'issue 14, item 3: Thai lines in every document break between words';

describe.runIf(prerequisitesMet(suite, [!existsSync(chromium) && `${chromium} (apt-get install -y chromium)`]))(suite, () => {
  beforeAll(async () => {
    server = await startTestServer();
    for (const username of ['center', 'commander', 'nayok']) agents[username] = await signedIn(server.url, username);
    const flow = new Workflow(agents.center, agents.commander);
    const long = {
      subject: longThai(450, 1),
      details: longThai(4000, 2),
      requestedAction: longThai(600, 3),
      incidentPlace: longThai(200, 4),
      incidentAt: null,
      complainant: {
        fullName: names.complainant,
        age: 45,
        address: { houseNumber: '12', moo: '3', tambon: 'โคกแย้', amphoe: 'หนองแค', changwat: 'สระบุรี', postcode: '18230' },
        phone: '081-234-5678',
        email: null,
      },
      accused: [{ fullName: names.accused, position: longThai(120, 5), unit: longThai(80, 6) }],
      evidence: [{ description: longThai(300, 7), copies: 2 }],
    };
    complaint = await flow.at('COMMITTEE', long);
    for (const kind of ['ACKNOWLEDGEMENT', 'PROGRESS']) complaint = await flow.notice(complaint, kind);
    const resolved = await agents.center.ok(operation('ResolveComplaint'), {
      input: {
        complaintId: complaint.id,
        expectedVersion: complaint.version,
        outcome: 'SUBSTANTIATED',
        findings: `${longThai(1500, 8)}\n\n${longThai(1500, 9)}`,
      },
    });
    complaint = await flow.notice(resolved.resolveComplaint.complaint, 'RESULT');
    notAccepted = await flow.notice(await flow.at('NOT_ACCEPTED', { ...long, subject: longThai(480, 10) }), 'NOT_ACCEPTED');
    for (const one of [complaint, notAccepted]) {
      const { complaint: full } = await agents.center.ok(`query ($id: ID!) { complaint(id: $id) { notices { id kind } } }`, {
        id: one.id,
      });
      for (const notice of full.notices) notices[notice.kind] = notice.id;
    }
  }, 120_000);
  afterAll(() => server?.stop());

  const pdf = async (agent: Agent, path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: { cookie: agent.cookie! } });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    return pdfLines(await response.arrayBuffer());
  };

  const documents: [string, () => [Agent, string]][] = [
    ['the receipt slip (R5)', () => [agents.center, `/documents/complaints/${complaint.id}/receipt.pdf`]],
    ['the appendix form (R5, R7)', () => [agents.center, `/documents/complaints/${complaint.id}/form.pdf`]],
    ['the acknowledgement letter (R3)', () => [agents.center, `/documents/notices/${notices.ACKNOWLEDGEMENT}.pdf`]],
    ['the progress letter (R4.4)', () => [agents.center, `/documents/notices/${notices.PROGRESS}.pdf`]],
    ['the result letter (R4.3)', () => [agents.center, `/documents/notices/${notices.RESULT}.pdf`]],
    ['the letter of a complaint not accepted (R6)', () => [agents.center, `/documents/notices/${notices.NOT_ACCEPTED}.pdf`]],
    ['the statistics report (R10)', () => [agents.nayok, `/documents/statistics/2569.pdf?quarter=3`]],
    [
      "the committee's appointment order (R4.4, issue 14 item 2)",
      () => [agents.commander, `/documents/complaints/${complaint.id}/committee-order.pdf`],
    ],
    [
      'the summary report to the executives (R4.5, issue 14 item 2)',
      () => [agents.nayok, `/documents/complaints/${complaint.id}/summary.pdf`],
    ],
  ];

  for (const [name, where] of documents) {
    it(`${name}: no dictionary word or name split across lines, no mark or leading vowel alone at a line's edge`, async () => {
      const lines = await pdf(...where());
      // The long text was printed and wrapped: the check has lines to look at.
      expect(wrappedLines(lines).length).toBeGreaterThan(name.includes('statistics') ? 0 : 5);
      expect(lineBreakFaults(lines)).toEqual([]);
      // A word kept whole never runs into the right margin (2 cm of the A4 page's 21 cm).
      expect(lines.filter((line) => line.right > (19 / 2.54) * 72 + 1).map((line) => line.text)).toEqual([]);
    });
  }

  it('the appendix form printed in columns 8, 10 and 12 cm wide: every line breaks elsewhere, none inside a word', async () => {
    const page = await (
      await fetch(`${server.url}/documents/complaints/${complaint.id}/form.html`, { headers: { cookie: agents.center.cookie! } })
    ).text();
    const renderer = new PdfRenderer(chromium, createLogger('silent'));
    try {
      for (const width of [8, 10, 12]) {
        const narrow = page.replace('</style>', `body { width: ${width}cm; }</style>`);
        const lines = await pdfLines(await renderer.render(narrow));
        expect(wrappedLines(lines).length).toBeGreaterThan(100);
        expect(lineBreakFaults(lines)).toEqual([]);
      }
    } finally {
      await renderer.close();
    }
  }, 60_000);
});

describe('thaiWords: where a Thai line may break (issue 14, item 3)', () => {
  it('keeps the words of the dictionary whole where ICU cuts them, and the text as it was', () => {
    const text = 'เจ้าหน้าที่ได้ตรวจสอบข้อเท็จจริงของเรื่องร้องเรียนดังกล่าวแล้ว พบการทุจริตและประพฤติมิชอบ';
    const pieces = thaiWords(text);
    expect(pieces.join('')).toBe(text);
    for (const word of ['เจ้าหน้าที่', 'ตรวจสอบ', 'ข้อเท็จจริง', 'ดังกล่าว', 'ประพฤติมิชอบ']) expect(pieces).toContain(word);
    // Overlapping words (เรื่องร้องเรียน, ร้องเรียน) are one piece, never cut inside either.
    expect(pieces).toContain('เรื่องร้องเรียน');
  });

  it('keeps a name whole, and ๆ and ฯ with the word before them', () => {
    expect(thaiWords('นายสมปองใจกล้าร้องเรียน', nameWords(['นายสมปอง ใจกล้า']))).toEqual(['นายสมปอง', 'ใจกล้า', 'ร้องเรียน']);
    expect(nameWords(['องค์การบริหารส่วนตำบลโคกแย้', null, 'Mr. Smith'])).toEqual(['โคกแย้']);
    expect(thaiWords('ศูนย์ฯ').join('|')).not.toMatch(/\|ฯ/);
    expect(thaiWords('เร็วๆ นี้').join('|')).not.toMatch(/\|ๆ/);
  });

  it('wraps the Thai words of the text between tags only: tags, attributes, entities and Latin text stay as they were', () => {
    const page = '<p class="indent" title="ข้อเท็จจริง">ข้อเท็จจริง &amp; เจ้าหน้าที่ &lt;b&gt; http://kokyae.go.th ๑๕ วัน</p><br>';
    expect(keepThaiWordsWhole(page)).toBe(
      '<p class="indent" title="ข้อเท็จจริง"><span class="w">ข้อเท็จจริง</span> &amp; <span class="w">เจ้าหน้าที่</span> &lt;b&gt; http://kokyae.go.th <span class="w">๑๕</span> <span class="w">วัน</span></p><br>',
    );
    expect(documentText(keepThaiWordsWhole(page))).toBe(page);
  });

  it('the dictionary is Thai words, each once', () => {
    expect(new Set(domainWords).size).toBe(domainWords.length);
    for (const word of domainWords) expect(word).toMatch(/^[\u0E01-\u0E4E]+$/);
  });
});
