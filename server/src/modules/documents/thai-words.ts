/**
 * Issue 14, item 3: Thai line breaking that never breaks a word.
 *
 * Thai is written without spaces between words, so Chromium breaks a Thai line where ICU's
 * dictionary sees a word boundary, and that dictionary splits the compounds an official letter is
 * made of ("ข้อเท็จ|จริง", "เจ้า|หน้าที่", "ประพฤติมิ|ชอบ", "คณะ|กรรมการ"). Here the text is
 * segmented with the same ICU dictionary (Intl.Segmenter), the boundaries that fall inside a word
 * of the domain's dictionary below (or a name the document prints) are removed, and each Thai word
 * that remains is printed in a `white-space: nowrap` span: Chromium then breaks only between words.
 * A span adds no character, so the PDF's text and a copy-paste are the text as typed (a U+2060
 * WORD JOINER would be extracted with it; `word-break: keep-all` with U+200B between words does not
 * stop Chromium breaking Thai: both measured on the PDF's text).
 */

/**
 * The words a line may never split: the compounds of the templates, the manual and the
 * complaints a Center receives, which ICU cuts into syllables or shorter words. One list, also
 * read by the test that checks every document's PDF (server/test/thai-line-breaks.test.ts).
 */
export const domainWords: readonly string[] = [
  // The complaint and its parties.
  'ร้องเรียน',
  'ผู้ร้องเรียน',
  'ผู้ถูกร้องเรียน',
  'เรื่องร้องเรียน',
  'ร้องทุกข์',
  'แจ้งเบาะแส',
  'เบาะแส',
  'บัตรสนเท่ห์',
  'ไม่ประสงค์ออกนาม',
  'ประสงค์',
  'ข้าพเจ้า',
  'ผู้รับเรื่อง',
  'เลขรับ',
  'ใบรับ',
  'ใบรับเรื่อง',
  'รหัสติดตามเรื่อง',
  // What is complained of.
  'การทุจริต',
  'ทุจริต',
  'ประพฤติมิชอบ',
  'ปฏิบัติหน้าที่',
  'ผลประโยชน์ทับซ้อน',
  'ผลประโยชน์',
  'จัดซื้อจัดจ้าง',
  'เรียกรับ',
  'ตรวจรับ',
  'ผู้รับเหมา',
  'ก่อสร้าง',
  'คอนกรีตเสริมเหล็ก',
  'ใบอนุญาต',
  'สินบน',
  'ยักยอก',
  'ละเว้น',
  'วินัย',
  // The Center and the body.
  'เจ้าหน้าที่',
  'หน้าที่',
  'อำนาจหน้าที่',
  'ศูนย์ปฏิบัติการ',
  'ปฏิบัติการ',
  'ต่อต้าน',
  'ปฏิบัติราชการ',
  'ส่วนราชการ',
  'ราชการ',
  'องค์การบริหารส่วนตำบล',
  'องค์การบริหารส่วนจังหวัด',
  'เทศบาลตำบล',
  'เทศบาลเมือง',
  'เทศบาลนคร',
  'สำนักปลัด',
  'กองช่าง',
  'กองคลัง',
  'กองการศึกษา',
  'ผู้บังคับบัญชา',
  'บังคับบัญชา',
  'ผู้บริหาร',
  'ผู้อำนวยการ',
  'หน่วยงาน',
  'องค์กรอิสระ',
  'คณะกรรมการ',
  'กรรมการ',
  'แต่งตั้ง',
  'คำสั่ง',
  // The handling (R1–R10).
  'ข้อเท็จจริง',
  'ความจริง',
  'ตรวจสอบ',
  'พิจารณา',
  'ดำเนินการ',
  'ดังกล่าว',
  'ความคืบหน้า',
  'ข้อยุติ',
  'พยานหลักฐาน',
  'หลักฐาน',
  'รายละเอียด',
  'เกิดเหตุ',
  'สถานที่',
  'วันทำการ',
  'กรอบเวลา',
  'ทันเวลา',
  'เกินเวลา',
  'กำหนด',
  'ปีงบประมาณ',
  'งบประมาณ',
  'ไตรมาส',
  'คำพิพากษา',
  'ถึงที่สุด',
  'โต้แย้ง',
  'เพียงพอ',
  'ชัดเจน',
  'สอบถาม',
  'อ้างอิง',
  'ติดตาม',
  'สารบรรณ',
  'หนังสือ',
  // The registers (issue 14, item 5), whose narrow columns break a line at every boundary ICU finds.
  'ทะเบียน',
  'เลขทะเบียน',
  'รับผิดชอบ',
  'ผู้ถูกกล่าวหา',
  'กล่าวหา',
  // The complainant's address and contact.
  'บ้านเลขที่',
  'ที่อยู่',
  'ประชาชน',
  'บัตรประจำตัวประชาชน',
  'โทรศัพท์',
  'โทรสาร',
  'ไปรษณีย์',
  'เว็บไซต์',
  'คิวอาร์โค้ด',
];

/** The kinds of local body a name begins with: what follows is the place's name, one word. */
const bodyKinds = ['องค์การบริหารส่วนตำบล', 'องค์การบริหารส่วนจังหวัด', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร'];

/**
 * The words of names a document prints, each whole on its line: a person's name part by part
 * ("นายสมปอง", "ใจกล้า"), and a body's place name after its kind ("โคกแย้" of
 * "องค์การบริหารส่วนตำบลโคกแย้"; the kind is in the dictionary).
 */
export function nameWords(names: readonly (string | null | undefined)[]): string[] {
  return names.flatMap((name) =>
    (name ?? '')
      .split(/\s+/)
      .map((part) => bodyKinds.reduce((rest, kind) => (rest.startsWith(kind) ? rest.slice(kind.length) : rest), part))
      .filter((part) => part.length > 1 && thaiOnly.test(part)),
  );
}

const thaiOnly = /^[\u0E01-\u0E5B]+$/;
/** Marks and signs that belong to the letter before them: a line never starts with one. */
// eslint-disable-next-line no-misleading-character-class -- lone Thai marks are what it matches.
const followsItsLetter = /^[\u0E2F\u0E31\u0E33-\u0E3A\u0E46-\u0E4E]/;
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * The text cut where a line may break: at ICU's word boundaries, except inside a word of the
 * dictionary (or of `extraWords`) wherever it occurs, and before a sign that belongs to the
 * word before it (ๆ, ฯ). Joined, the pieces are the text.
 */
export function thaiWords(text: string, extraWords: readonly string[] = []): string[] {
  const boundaries = new Set<number>();
  for (const { index } of segmenter.segment(text)) if (index > 0) boundaries.add(index);
  for (const word of [...domainWords, ...extraWords]) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      for (let inside = at + 1; inside < at + word.length; inside++) boundaries.delete(inside);
    }
  }
  const pieces: string[] = [];
  let start = 0;
  for (const end of [...[...boundaries].sort((a, b) => a - b), text.length]) {
    const piece = text.slice(start, end);
    if (pieces.length && followsItsLetter.test(piece) && thaiOnly.test(pieces.at(-1)!)) pieces[pieces.length - 1] += piece;
    else if (piece) pieces.push(piece);
    start = end;
  }
  return pieces;
}

/**
 * A document's body HTML with each Thai word of its text in a `<span class="w">` (styled
 * `white-space: nowrap` by the page). It reads the HTML the templates build, where every text
 * from data went through `html()`: text between tags holds no `<` or `>`, and entities are ASCII,
 * never inside a Thai word, so the text is cut as it stands, without decoding it.
 */
export function keepThaiWordsWhole(bodyHtml: string, extraWords: readonly string[] = []): string {
  return bodyHtml
    .split(/(<[^>]*>)/)
    .map((part, index) =>
      index % 2 === 1 || !/[\u0E01-\u0E5B]/.test(part)
        ? part
        : thaiWords(part, extraWords)
            .map((piece) => (piece.length > 1 && thaiOnly.test(piece) ? `<span class="w">${piece}</span>` : piece))
            .join(''),
    )
    .join('');
}
