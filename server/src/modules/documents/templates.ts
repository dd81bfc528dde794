import {
  CommitteeRole,
  ComplaintEventKind,
  ComplaintOutcome,
  ComplaintStage,
  NotAcceptedReason,
  NoticeKind,
} from '../complaints/complaint.enums.js';
import type { ComplaintRelations, ComplaintView, NoticeView } from '../complaints/complaint.views.js';
import { formatReceiptNumber } from '../complaints/receipt-number.js';
import { stageLabels } from '../complaints/workflow.js';
import type { SignedDocument } from '../organisation/signed-document.js';
import type { OrganisationProfile, ReferenceData } from '../reference/reference-data.js';
import type { ComplaintStatistics } from '../reports/statistics.types.js';
import { fontFaces } from './pdf-renderer.js';
import { html, thaiDate, thaiDigits, thaiTime } from './thai-format.js';
import { keepThaiWordsWhole, nameWords } from './thai-words.js';
import type { TrackingPageQr } from './tracking-qr.js';

type FullComplaint = ComplaintView & ComplaintRelations;
export interface Officer {
  name: string;
  position: string | null;
}

/** R4.3: the outcomes as the documents and exports write them. */
export const outcomeTh: Record<ComplaintOutcome, string> = {
  SUBSTANTIATED: 'มีมูลตามที่ร้องเรียน',
  UNSUBSTANTIATED: 'ไม่มีมูลตามที่ร้องเรียน',
  REFERRED: 'ส่งเรื่องให้หน่วยงานที่มีอำนาจหน้าที่ดำเนินการ',
};

/** R6, manual §10, in the manual's own words. */
export const reasonTh: Record<NotAcceptedReason, string> = {
  ANONYMOUS_WITHOUT_EVIDENCE: 'เป็นบัตรสนเท่ห์ที่ไม่ระบุพยานหลักฐานชัดเจนเพียงพอที่จะดำเนินการตรวจสอบได้',
  BEFORE_COURT: 'เป็นเรื่องที่อยู่ระหว่างการพิจารณาของศาล หรือศาลได้มีคำพิพากษาถึงที่สุดแล้ว',
  OTHER_AGENCY: 'เป็นเรื่องที่อยู่ในอำนาจหน้าที่ของหน่วยงานอื่นหรือองค์กรอิสระที่จัดตั้งขึ้นตามกฎหมาย',
  PRIVATE_DISPUTE: 'เป็นเรื่องการโต้แย้งสิทธิระหว่างบุคคลกับบุคคล',
  INSUFFICIENT_INFORMATION: 'ข้อมูลไม่เพียงพอที่จะดำเนินการตรวจสอบได้',
  OTHER: 'ผู้บังคับบัญชาพิจารณาแล้วเห็นว่าไม่อาจรับไว้พิจารณาได้',
};

/** What follows from the result, as the result letter tells it (R4.3, R8). */
const resultFollowUp: Record<ComplaintOutcome, string> = {
  SUBSTANTIATED: 'ผู้บังคับบัญชาได้สั่งการให้ดำเนินการกับผู้เกี่ยวข้องตามระเบียบและกฎหมายแล้ว',
  UNSUBSTANTIATED: 'จึงได้ยุติเรื่องร้องเรียนดังกล่าว',
  REFERRED: 'จึงได้ส่งเรื่องให้หน่วยงานที่มีอำนาจหน้าที่พิจารณาดำเนินการต่อไป',
};

/** A notice letter's subject line (เรื่อง), by kind. */
export const noticeSubject: Record<NoticeKind, string> = {
  ACKNOWLEDGEMENT: 'แจ้งการรับเรื่องร้องเรียน',
  PROGRESS: 'แจ้งความคืบหน้าการดำเนินการเรื่องร้องเรียน',
  RESULT: 'แจ้งผลการพิจารณาเรื่องร้องเรียน',
  NOT_ACCEPTED: 'แจ้งผลการพิจารณาเรื่องร้องเรียน (ไม่รับไว้พิจารณา)',
};

/** How a page is laid out: portrait letters by default; a register is landscape, with its own styles. */
export interface PageLayout {
  /** Issue 14, item 5: the registers print on landscape A4. */
  landscape?: boolean;
  /** More CSS, after the shared rules. */
  css?: string;
}

/** A referral letter's subject line (เรื่อง): the letter and the outgoing register print it. */
export const referralSubject = 'ส่งเรื่องร้องเรียนเพื่อพิจารณาดำเนินการ';

/**
 * An A4 page in the Sarabun font; official letters use 16 pt (ระเบียบงานสารบรรณ). Issue 14, item 3:
 * its Thai text breaks only between words, never inside a word of the domain's dictionary or of
 * a name it prints (the body's, its signers', and `names`: the people of the document).
 */
export function page(
  title: string,
  body: string,
  organisation: OrganisationProfile,
  names: (string | null | undefined)[] = [],
  layout: PageLayout = {},
): string {
  const words = nameWords([organisation.nameTh, ...organisation.signers.map((signer) => signer.name), ...names]);
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${html(title)}</title><style>
${fontFaces()}
${layout.landscape ? '@page { size: A4 landscape; margin: 1.5cm 1.5cm 1.8cm 2cm; }' : '@page { size: A4; margin: 2cm 2cm 2cm 3cm; }'}
* { box-sizing: border-box; }
body { font-family: 'Sarabun', sans-serif; font-size: 16pt; line-height: 1.45; color: #000; margin: 0; word-break: normal; line-break: strict; }
h1 { font-size: 20pt; text-align: center; margin: 0 0 0.4em; }
h2 { font-size: 16pt; margin: 0.8em 0 0.2em; }
p { margin: 0 0 0.3em; }
.indent { text-indent: 2.5cm; }
.right { text-align: right; }
.center { text-align: center; }
.box { border: 1px solid #000; padding: 0.4em 0.6em; margin: 0.6em 0; break-inside: avoid; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5em; }
table { border-collapse: collapse; width: 100%; font-size: 14pt; }
th, td { border: 1px solid #000; padding: 0.15em 0.4em; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; }
.signature { margin-top: 2.5em; margin-left: 45%; text-align: center; break-inside: avoid; }
.small { font-size: 14pt; }
.letterhead { text-align: center; margin-bottom: 0.6em; }
.nowrap, .w { white-space: nowrap; }
.tracking { display: flex; gap: 0.6em; align-items: center; margin-top: 0.8em; break-inside: avoid; }
.tracking .qr svg { width: 2.6cm; height: 2.6cm; display: block; }
.letterhead img { display: block; margin: 0 auto 0.2em; max-height: 3cm; max-width: 3cm; }
@media screen { html { background: #e8e8e8; } body { background: #fff; max-width: ${layout.landscape ? '29.7cm' : '21cm'}; margin: 1em auto; padding: ${layout.landscape ? '1.5cm 1.5cm 1.8cm 2cm' : '2cm 2cm 2cm 3cm'}; box-shadow: 0 0 0.4em #999; } }
.emblem { height: 3cm; margin: 0 0 0.3em; }
.emblem img { display: block; margin: 0 auto; height: 3cm; max-width: 3cm; object-fit: contain; }
.foot { margin-top: 1.5em; break-inside: avoid; }
.foot p { margin: 0; }
table.plain td { border: none; padding: 0 0.4em; }
${layout.css ?? ''}
</style></head><body>${keepThaiWordsWhole(body, words)}</body></html>`;
}

/** A text of several paragraphs (the divisions' findings, one under each name), each trimmed. */
const paragraphsOf = (text: string | null) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** How to reach the body: telephone, website, Facebook page, those it has. */
function contactLine(organisation: OrganisationProfile): string {
  return (
    [
      organisation.phone && `โทร. ${thaiDigits(organisation.phone)}`,
      organisation.website && `เว็บไซต์ ${organisation.website}`,
      organisation.facebook && `Facebook ${organisation.facebook}`,
    ]
      .filter(Boolean)
      // Each part whole on its line: "เว็บไซต์" never apart from its address.
      .map((part) => `<span class="nowrap">${html(part as string)}</span>`)
      .join(' &nbsp; ')
  );
}

/**
 * Issue 11: every letter, form, slip, register and publication names the body that issues it:
 * its emblem, name, address and how to reach it.
 */
export function letterhead(organisation: OrganisationProfile): string {
  const emblem = organisation.emblemDataUrl ? `<img src="${html(organisation.emblemDataUrl)}" alt="ตราสัญลักษณ์">` : '';
  const contact = contactLine(organisation);
  return `<div class="letterhead">${emblem}<p><b>${html(organisation.nameTh)}</b><br>${html(thaiDigits(organisation.address))}${
    contact ? `<br><span class="small">${contact}</span>` : ''
  }</p></div>`;
}

/** The signature block: the named signer of this kind of document, or the position alone with a blank to sign. */
function signature(organisation: OrganisationProfile, document: SignedDocument, fallback: string[], closing = ''): string {
  const signer = organisation.signers.find((one) => one.document === document);
  const lines = signer ? [signer.position, signer.onBehalfOf].filter(Boolean) : fallback;
  return `<div class="signature">${closing ? `<p>${html(closing)}</p><br><br>` : '<br>'}<p>(${
    signer ? html(signer.name) : '.................................................'
  })</p>${lines.map((text) => `<p>${html(text)}</p>`).join('')}</div>`;
}

const line = (label: string, value: string | number | null | undefined) =>
  `<p><b>${html(label)}</b> ${value === null || value === undefined || value === '' ? '-' : html(value)}</p>`;

const receiptNumber = (complaint: ComplaintView) => thaiDigits(formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear));

/** A line of dots to write on: a signature, a name the document does not know. */
const blank = '.'.repeat(30);

/**
 * Issue 14, item 4: a line to sign, as the appendix form has them: "ลงชื่อ……ผู้ร้อง", the signer's
 * name in brackets under it (dots to fill when unknown), and their position when asked for.
 */
function signatureLine(role: string, name: string | null | undefined, position?: string | null): string {
  return `<div class="signature"><p>ลงชื่อ${blank}${html(role)}</p><p>(${name ? html(name) : blank})</p>${
    position === undefined ? '' : `<p>ตำแหน่ง ${position ? html(position) : blank}</p>`
  }</div>`;
}

/**
 * R5: the receipt block the Center fills: number, date, time, and the receiving officer's name and
 * position under the line they sign (issue 14, item 4; the appendix form's "ผู้รับคำร้อง").
 */
function receiptBlock(complaint: ComplaintView, officer: Officer | null, timeZone: string): string {
  return `<div class="box"><p><b>สำหรับเจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริต</b></p>
  <div class="grid">
    ${line('เลขรับที่', receiptNumber(complaint))}
    ${line('วันที่', thaiDate(complaint.receivedAt, timeZone))}
    ${line('เวลา', thaiTime(complaint.receivedAt, timeZone))}
  </div>
  ${signatureLine('ผู้รับเรื่อง', officer?.name, officer?.position ?? null)}</div>`;
}

/** Who complains, as a document shows it to its reader: the name, "anonymous", or that it is not theirs to see (R5). */
function complainantName(complaint: FullComplaint): string {
  if (complaint.anonymous) return 'ไม่ประสงค์ออกนาม (บัตรสนเท่ห์)';
  return complaint.complainant?.fullName ?? '(ข้อมูลผู้ร้องเรียนเปิดเผยเฉพาะเจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริต)';
}

/**
 * What the slip tells its holder will happen (issue 14, item 4): a complainant who can be reached is
 * told of the result within 15 working days (R3, R8: a first notice within 15 days; R9: handled
 * within 15 working days); one who gave no address, nor telephone, nor e-mail
 * cannot be written to; an anonymous complaint has no one to promise anything to ("ท่าน").
 */
function slipPromise(complaint: FullComplaint): string {
  if (complaint.anonymous) {
    return 'ศูนย์ปฏิบัติการต่อต้านการทุจริตได้รับเรื่องร้องเรียนนี้ไว้ตามเลขรับข้างต้นแล้ว เรื่องร้องเรียนที่ไม่ประสงค์ออกนามไม่มีการแจ้งผลการดำเนินการเป็นหนังสือ';
  }
  if (!complaint.hasContact) {
    return 'ศูนย์ปฏิบัติการต่อต้านการทุจริตได้รับเรื่องร้องเรียนของท่านไว้แล้ว เนื่องจากไม่ได้ให้ที่อยู่ โทรศัพท์ หรืออีเมลไว้ จึงไม่อาจแจ้งผลการดำเนินการเป็นหนังสือได้ โปรดเก็บใบรับนี้ไว้เพื่ออ้างอิงเลขรับเมื่อติดต่อสอบถาม';
  }
  return `ศูนย์ปฏิบัติการต่อต้านการทุจริตได้รับเรื่องร้องเรียนของท่านไว้แล้ว และจะแจ้งผลการดำเนินการให้ทราบภายใน ${thaiDigits(15)} วันทำการ โปรดเก็บใบรับนี้ไว้เพื่ออ้างอิงเลขรับเมื่อติดต่อสอบถาม`;
}

/**
 * A slip for the complainant: proof that the complaint was received (R5 receipt block, with the
 * receiving officer's signature line), naming the complainant (issue 14, item 4).
 */
export function receiptSlip(complaint: FullComplaint, reference: ReferenceData, officer: Officer | null): string {
  const { organisation } = reference;
  return page(
    `ใบรับเรื่องร้องเรียน ${formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear)}`,
    `${letterhead(organisation)}<h1>ใบรับเรื่องร้องเรียน/แจ้งเบาะแส</h1>
    ${receiptBlock(complaint, officer, organisation.timeZone)}
    ${line('ผู้ร้องเรียน', complainantName(complaint))}
    ${line('เรื่อง', complaint.subject)}
    ${line('ช่องทาง', reference.channel(complaint.channelCode).nameTh)}
    <p class="indent">${html(slipPromise(complaint))}</p>`,
    organisation,
    [officer?.name, complaint.complainant?.fullName],
  );
}

/**
 * R5: the accused's unit (สังกัด): the division of the official they are linked to (issue 14,
 * item 4), with the unit the complainant wrote when it says something else; the written unit alone
 * when no official is linked.
 */
function accusedUnit(accused: FullComplaint['accused'][number], reference: ReferenceData): string | null {
  if (!accused.official) return accused.unit;
  const division = reference.division(accused.official.divisionCode).nameTh;
  return accused.unit && accused.unit.trim() !== division ? `${division} (ผู้ร้องเรียนระบุว่า ${accused.unit.trim()})` : division;
}

/** R5, R7: the complaint form of the manual's appendix, filled, with the receipt block. */
export function complaintForm(complaint: FullComplaint, reference: ReferenceData, officer: Officer | null): string {
  const { organisation } = reference;
  const timeZone = organisation.timeZone;
  const person = complaint.complainant;
  const address = person?.address;
  const identity = complaint.anonymous
    ? `<p>ไม่ประสงค์ออกนาม (บัตรสนเท่ห์)</p>`
    : person
      ? `${line('ชื่อ-สกุล', person.fullName)}${line('อายุ', person.age === null ? null : `${thaiDigits(person.age)} ปี`)}
         ${line('ที่อยู่', address ? thaiDigits([address.houseNumber && `บ้านเลขที่ ${address.houseNumber}`, address.moo && `หมู่ ${address.moo}`, address.tambon && `ตำบล${address.tambon}`, address.amphoe && `อำเภอ${address.amphoe}`, address.changwat && `จังหวัด${address.changwat}`, address.postcode].filter(Boolean).join(' ')) : null)}
         ${line('โทรศัพท์', person.phone && thaiDigits(person.phone))}${line('อีเมล', person.email)}`
      : `<p>(ข้อมูลผู้ร้องเรียนเปิดเผยเฉพาะเจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริต)</p>`;
  const accused = complaint.accused.length
    ? `<table><tr><th>ลำดับ</th><th>ชื่อ-สกุล</th><th>ตำแหน่ง</th><th>สังกัด</th></tr>${complaint.accused
        .map(
          (one, index) =>
            `<tr><td class="n">${thaiDigits(index + 1)}</td><td>${html(one.fullName)}</td><td>${html(one.position)}</td><td>${html(accusedUnit(one, reference))}</td></tr>`,
        )
        .join('')}</table>`
    : '<p>-</p>';
  const evidence = complaint.evidence.length
    ? `<table><tr><th>ลำดับ</th><th>รายการ</th><th class="n">จำนวน (ชุด)</th></tr>${complaint.evidence
        .map(
          (item, index) =>
            `<tr><td class="n">${thaiDigits(index + 1)}</td><td>${html(item.description)}</td><td class="n">${thaiDigits(item.copies)}</td></tr>`,
        )
        .join('')}</table>`
    : '<p>-</p>';
  return page(
    `แบบฟอร์มการร้องเรียน ${formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear)}`,
    `${letterhead(organisation)}<h1>แบบฟอร์มการร้องเรียน/แจ้งเบาะแสการทุจริตและประพฤติมิชอบ</h1>
    <p class="right">เขียนที่ ${html(organisation.nameTh)}<br>วันที่ ${html(thaiDate(complaint.receivedAt, timeZone))}</p>
    <p>เรื่อง ${html(complaint.subject)}</p>
    <p>เรียน นายก${html(organisation.nameTh)}</p>
    <h2>ผู้ร้องเรียน</h2>${identity}
    <h2>ผู้ถูกร้องเรียน</h2>${accused}
    <h2>รายละเอียดการกระทำ</h2>
    ${line('วันเวลาที่เกิดเหตุ', complaint.incidentAt && `${thaiDate(complaint.incidentAt, timeZone)} ${thaiTime(complaint.incidentAt, timeZone)}`)}
    ${line('สถานที่เกิดเหตุ', complaint.incidentPlace)}
    <p class="indent">${html(complaint.details)}</p>
    <h2>สิ่งที่ประสงค์ให้ดำเนินการ</h2><p class="indent">${html(complaint.requestedAction ?? '-')}</p>
    <h2>พยานหลักฐานที่แนบ</h2>${evidence}
    ${
      // Issue 14, item 4: the complainant signs under the certification; an anonymous letter has no one to sign it.
      complaint.anonymous
        ? '<p class="indent">(บัตรสนเท่ห์ ไม่มีผู้ร้องเรียนลงชื่อรับรองข้อความ)</p>'
        : `<p class="indent">ข้าพเจ้าขอรับรองว่าคำร้องเรียนตามข้างต้นเป็นความจริง และข้าพเจ้าได้แนบพยานหลักฐานมาด้วยตามรายการข้างต้น</p>
    ${signatureLine('ผู้ร้องเรียน', person?.fullName)}`
    }
    ${receiptBlock(complaint, officer, timeZone)}`,
    organisation,
    [person?.fullName, officer?.name, ...complaint.accused.map((one) => one.fullName)],
  );
}

/** What a notice tells the complainant, from the complaint's facts. */
export interface NoticeFacts {
  kind: NoticeKind;
  receiptNumber: string;
  receivedAt: Date;
  stage: ComplaintStage;
  committeeOrderNumber: string | null;
  outcome: ComplaintOutcome | null;
  notAcceptedReason: NotAcceptedReason | null;
  /** The complaint's subject and the findings: in the letter to the complainant; not on the tracking page (below). */
  subject?: string;
  findings?: string | null;
}

/** What a letter of `kind` tells the complainant of the complaint as it is now. */
export function noticeFactsOf(complaint: FullComplaint, kind: NoticeKind): NoticeFacts {
  return {
    kind,
    receiptNumber: formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear),
    receivedAt: complaint.receivedAt,
    stage: complaint.stage,
    committeeOrderNumber: complaint.committee?.orderNumber ?? null,
    outcome: complaint.outcome,
    notAcceptedReason: complaint.notAcceptedReason,
    subject: complaint.subject,
    findings: complaint.findings,
  };
}

/**
 * The notice's paragraphs, by kind, as plain text: what the complainant is told (R3, R4.3, R4.4,
 * R6, R8). The letter prints them (noticeLetter); the tracking page shows those of a notice sent
 * through it (issue 12, item 3), without the subject and the findings: whoever holds a lost slip
 * learns no name (contract, "The citizen's channel").
 */
export function noticeParagraphs(facts: NoticeFacts, timeZone: string): string[] {
  const about = facts.subject === undefined ? '' : ` เรื่อง "${facts.subject}"`;
  const reference = `ตามที่ท่านได้ร้องเรียน${about} ซึ่งศูนย์ปฏิบัติการต่อต้านการทุจริตได้รับไว้ตามเลขรับที่ ${thaiDigits(facts.receiptNumber)} เมื่อวันที่ ${thaiDate(facts.receivedAt, timeZone)} นั้น`;
  switch (facts.kind) {
    case NoticeKind.ACKNOWLEDGEMENT:
      return [reference, 'ขอแจ้งให้ทราบว่าได้รับเรื่องร้องเรียนของท่านไว้แล้ว และจะดำเนินการตรวจสอบข้อเท็จจริงตามขั้นตอนต่อไป'];
    case NoticeKind.PROGRESS:
      return [
        reference,
        `ขอแจ้งความคืบหน้าว่า ขณะนี้เรื่องของท่านอยู่ในขั้นตอน "${stageLabels[facts.stage].th}"${facts.committeeOrderNumber ? ` โดยได้แต่งตั้งคณะกรรมการสอบข้อเท็จจริงตามคำสั่งที่ ${thaiDigits(facts.committeeOrderNumber)} แล้ว` : ''} เมื่อได้ข้อยุติจะแจ้งผลให้ทราบต่อไป`,
      ];
    case NoticeKind.RESULT:
      // Issue 14, item 2: the committee's findings are not copied to the complainant word for word:
      // the letter says the result and what follows from it; the clerk may add a summary before sending.
      return [
        reference,
        `บัดนี้ได้ดำเนินการตรวจสอบข้อเท็จจริงแล้ว ผลการพิจารณาปรากฏว่า${facts.outcome ? outcomeTh[facts.outcome] : ''}`,
        ...(facts.outcome ? [resultFollowUp[facts.outcome]] : []),
      ];
    case NoticeKind.NOT_ACCEPTED:
      return [
        reference,
        `ผู้บังคับบัญชาได้พิจารณาแล้ว ไม่อาจรับเรื่องร้องเรียนดังกล่าวไว้พิจารณาได้ เนื่องจาก${facts.notAcceptedReason ? reasonTh[facts.notAcceptedReason] : ''}`,
      ];
  }
}

/**
 * A notice to the complainant in the external-letter layout of the Regulation on Correspondence
 * (ที่, ส่วนราชการ, วันที่, เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, body, ขอแสดงความนับถือ, signature,
 * position, contact), numbered from the outgoing register.
 */
export function noticeLetter(
  complaint: FullComplaint,
  notice: NoticeView,
  reference: ReferenceData,
  tracking: TrackingPageQr | null = null,
): string {
  const { organisation } = reference;
  const timeZone = organisation.timeZone;
  const drafted = noticeParagraphs(noticeFactsOf(complaint, notice.kind), timeZone);
  // Issue 14, item 2: the paragraphs as the clerk edited them before sending, else as drafted.
  const paragraphs = notice.paragraphs?.length ? notice.paragraphs : drafted;
  return page(
    `${noticeSubject[notice.kind]} ${notice.outgoingNumber ?? ''}`,
    externalLetter(organisation, {
      number: notice.outgoingNumber ?? '-',
      date: notice.sentAt,
      subject: noticeSubject[notice.kind],
      to: complaint.complainant?.fullName ?? 'ผู้ร้องเรียน',
      referenceHtml: `เรื่องร้องเรียน เลขรับที่ ${receiptNumber(complaint)} ลงวันที่ ${html(thaiDate(complaint.receivedAt, timeZone))}`,
      enclosures: '-',
      paragraphs,
      closing: 'จึงเรียนมาเพื่อโปรดทราบ',
      after: tracking ? trackingBlock(tracking) : '',
    }),
    organisation,
    [complaint.complainant?.fullName],
  );
}

/**
 * The external letter (หนังสือภายนอก) of the Regulation on Correspondence: ที่, the body and its
 * address, the date, เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, the paragraphs, ขอแสดงความนับถือ, the
 * signer of letters, the Center's contact; one layout for the notices and the referral letters.
 */
function externalLetter(
  organisation: OrganisationProfile,
  letter: {
    number: string;
    date: Date;
    subject: string;
    to: string;
    /** อ้างถึง, as HTML (escaped by the caller). */
    referenceHtml: string;
    enclosures: string;
    paragraphs: string[];
    closing: string;
    /** HTML after the contact line (a notice's tracking block). */
    after?: string;
  },
): string {
  return `${emblemSpace(organisation)}
    <div class="grid"><p>ที่ ${html(thaiDigits(letterNumber(organisation, letter.number)))}</p>
      <p class="right">${html(organisation.nameTh)}<br>${html(thaiDigits(organisation.address))}</p></div>
    <p class="center">${html(thaiDate(letter.date, organisation.timeZone))}</p>
    <p>เรื่อง ${html(letter.subject)}</p>
    <p>เรียน ${html(letter.to)}</p>
    <p>อ้างถึง ${letter.referenceHtml}</p>
    <p>สิ่งที่ส่งมาด้วย ${html(letter.enclosures)}</p>
    ${letter.paragraphs.map((paragraph) => `<p class="indent">${html(paragraph)}</p>`).join('')}
    <p class="indent">${html(letter.closing)}</p>
    ${signature(organisation, 'NOTICE_LETTER', [`ปลัด${organisation.nameTh}`, `ปฏิบัติราชการแทน นายก${organisation.nameTh}`], 'ขอแสดงความนับถือ')}
    ${letterFoot(organisation)}
    ${letter.after ?? ''}`;
}

/**
 * Issue 14, item 2: "ที่" of a letter: the body's letter code, then the running number of its
 * outgoing register (ทะเบียนหนังสือส่ง), as the Regulation on Correspondence writes it ("สบ 71501/12");
 * a number the clerk wrote themself is printed as written.
 */
export function letterNumber(organisation: OrganisationProfile, number: string): string {
  const fromRegister = /^(\d+)\/\d{4}$/.exec(number.trim());
  return fromRegister && organisation.officeCode ? `${organisation.officeCode}/${fromRegister[1]}` : number;
}

/** The emblem (ครุฑ or the body's seal) 3 cm high at the head of a letter, or the 3 cm space it takes. */
function emblemSpace(organisation: OrganisationProfile): string {
  return `<div class="emblem">${organisation.emblemDataUrl ? `<img src="${html(organisation.emblemDataUrl)}" alt="ตราสัญลักษณ์">` : ''}</div>`;
}

/**
 * The foot of an external letter (ระเบียบงานสารบรรณ): the owning unit, then โทร., โทรสาร and
 * ไปรษณีย์อิเล็กทรอนิกส์, each on its line, those the body has.
 */
function letterFoot(organisation: OrganisationProfile): string {
  const lines = [
    `ศูนย์ปฏิบัติการต่อต้านการทุจริต ${organisation.nameTh}`,
    organisation.phone && `โทร. ${thaiDigits(organisation.phone)}`,
    organisation.fax && `โทรสาร ${thaiDigits(organisation.fax)}`,
    organisation.email && `ไปรษณีย์อิเล็กทรอนิกส์ ${organisation.email}`,
  ].filter(Boolean) as string[];
  return `<div class="foot small">${lines.map((text) => `<p>${html(text)}</p>`).join('')}</div>`;
}

/**
 * Issue 13, item 4 (R6): the referral letter (หนังสือส่งต่อ) to the agency a complaint belongs to, in
 * the external-letter layout, numbered as the referral recorded it (the body's outgoing register
 * unless the clerk gave a number). It names no complainant: whether the identity went with the
 * complaint is said, the identity itself travels only in the copy the receiving body holds.
 */
export function referralLetter(
  complaint: FullComplaint,
  referral: { letterNumber: string; referredAt: Date; shareIdentity: boolean; toName: string },
  reference: ReferenceData,
): string {
  const { organisation } = reference;
  const timeZone = organisation.timeZone;
  const receipt = formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear);
  const paragraphs = [
    `ด้วย${organisation.nameTh} ได้รับเรื่องร้องเรียน เลขรับที่ ${receipt} ลงวันที่ ${thaiDate(complaint.receivedAt, timeZone)} เรื่อง ${complaint.subject} ซึ่งพิจารณาแล้วเห็นว่าเป็นเรื่องที่อยู่ในอำนาจหน้าที่ของ${referral.toName}`,
    referral.shareIdentity
      ? 'จึงขอส่งเรื่องร้องเรียนดังกล่าวพร้อมข้อมูลผู้ร้องเรียนมาเพื่อพิจารณาดำเนินการตามอำนาจหน้าที่ต่อไป ทั้งนี้ ขอให้คุ้มครองข้อมูลของผู้ร้องเรียนมิให้เปิดเผยแก่ผู้ไม่มีหน้าที่เกี่ยวข้อง'
      : 'จึงขอส่งเรื่องร้องเรียนดังกล่าวมาเพื่อพิจารณาดำเนินการตามอำนาจหน้าที่ต่อไป โดยมิได้ส่งข้อมูลผู้ร้องเรียนมาด้วย',
    'และขอความอนุเคราะห์แจ้งผลการดำเนินการให้ทราบด้วย',
  ];
  return page(
    `หนังสือส่งเรื่องร้องเรียน ${referral.letterNumber}`,
    externalLetter(organisation, {
      number: referral.letterNumber,
      date: referral.referredAt,
      subject: referralSubject,
      to: referral.toName,
      referenceHtml: `เรื่องร้องเรียน เลขรับที่ ${html(thaiDigits(receipt))}`,
      enclosures: 'สำเนาเรื่องร้องเรียนและเอกสารหลักฐาน',
      paragraphs,
      closing: 'จึงเรียนมาเพื่อโปรดพิจารณา',
    }),
    organisation,
    [],
  );
}

/**
 * Issue 12, item 2: on a letter sent by post, where to follow the complaint: the tracking page's
 * address (no code in it: the code is the complainant's alone) as a line and as a QR code.
 */
function trackingBlock({ url, svg }: TrackingPageQr): string {
  return `<div class="tracking"><div class="qr" aria-label="คิวอาร์โค้ดหน้าติดตามเรื่อง">${svg}</div>
    <p class="small">ติดตามเรื่องได้ที่ <span class="nowrap">${html(url)}</span><br>สแกนคิวอาร์โค้ดนี้ แล้วกรอกรหัสติดตามเรื่องบนใบรับเรื่องของท่าน</p></div>`;
}

/**
 * R10: the quarterly report to the Chief Executive, or the fiscal year's statistics; while its
 * period runs, a draft that says so and the date of its figures (issue 14, item 1: issued once the
 * period has ended).
 */
export function statisticsReport(stats: ComplaintStatistics, reference: ReferenceData, options: { draftAt?: Date } = {}): string {
  const { organisation } = reference;
  const period = stats.quarter
    ? `ไตรมาสที่ ${thaiDigits(stats.quarter)} ปีงบประมาณ พ.ศ. ${thaiDigits(stats.fiscalYear)}`
    : `ปีงบประมาณ พ.ศ. ${thaiDigits(stats.fiscalYear)}`;
  const rows = (items: [string, number][]) =>
    items.map(([label, count]) => `<tr><td>${html(label)}</td><td class="n">${thaiDigits(count)}</td></tr>`).join('');
  return page(
    `รายงานสรุปผลการดำเนินการเรื่องร้องเรียน ${period}`,
    `${letterhead(organisation)}<h1>รายงานสรุปผลการดำเนินการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1>
    <p class="center">${html(period)}<br>(${html(thaiDate(stats.from, organisation.timeZone))} – ${html(thaiDate(new Date(stats.to.getTime() - 1), organisation.timeZone))})</p>
    ${options.draftAt ? `<p class="center"><b>ฉบับร่าง</b> ข้อมูล ณ วันที่ ${html(thaiDate(options.draftAt, organisation.timeZone))} (ยังไม่สิ้นสุดช่วงเวลาของรายงาน)</p>` : ''}
    <h2>ภาพรวม</h2>
    <table><tr><th>รายการ</th><th class="n">จำนวน (เรื่อง)</th></tr>${rows([
      ['เรื่องร้องเรียนที่ได้รับ', stats.received],
      ['ดำเนินการแล้วเสร็จ (ยุติเรื่อง)', stats.closed],
      ['ไม่รับไว้พิจารณา', stats.notAccepted],
      ['อยู่ระหว่างดำเนินการ', stats.inProgress],
    ])}</table>
    <h2>จำแนกตามช่องทาง</h2>
    <table><tr><th>ช่องทาง</th><th class="n">จำนวน (เรื่อง)</th></tr>${rows(stats.byChannel.map((row) => [row.channel.nameTh, row.count]))}</table>
    <h2>การปฏิบัติตามกรอบเวลา</h2>
    <table><tr><th>กรอบเวลา</th><th class="n">ทันเวลา</th><th class="n">เกินเวลา</th><th class="n">ค้างเกินกำหนด</th><th class="n">ยังไม่ถึงกำหนด</th></tr>${stats.deadlineCompliance
      .map(
        (row) =>
          `<tr><td>${html(row.rule.nameTh)}</td><td class="n">${thaiDigits(row.met)}</td><td class="n">${thaiDigits(row.metLate)}</td><td class="n">${thaiDigits(row.overdue)}</td><td class="n">${thaiDigits(row.pending)}</td></tr>`,
      )
      .join('')}</table>
    ${signature(organisation, 'STATISTICS_REPORT', ['เจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริต', 'ผู้รายงาน'])}`,
    organisation,
  );
}

const committeeRoleTh: Record<CommitteeRole, string> = {
  CHAIR: 'ประธานกรรมการ',
  MEMBER: 'กรรมการ',
  SECRETARY: 'กรรมการและเลขานุการ',
};

/**
 * Issue 14, item 2 (R3, R4.4a): the order appointing the fact-finding committee (คำสั่ง), in the
 * Regulation's layout: the emblem, คำสั่ง<body>, ที่, เรื่อง, the reasons, the members and their
 * roles, their duty, สั่ง ณ วันที่ and the executive's signature. It names no complainant.
 */
export function committeeOrder(complaint: FullComplaint, reference: ReferenceData): string {
  const { organisation } = reference;
  const committee = complaint.committee!;
  const receipt = formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear);
  const members = committee.members
    .map(
      (member, index) =>
        `<tr><td class="n">${thaiDigits(index + 1)}.</td><td>${html(member.fullName)}</td><td>${html(member.official?.position ?? '')}</td><td>${html(committeeRoleTh[member.role])}</td></tr>`,
    )
    .join('');
  return page(
    `คำสั่งแต่งตั้งคณะกรรมการสอบข้อเท็จจริง ${committee.orderNumber}`,
    `${emblemSpace(organisation)}
    <p class="center"><b>คำสั่ง${html(organisation.nameTh)}</b><br>ที่ ${html(thaiDigits(committee.orderNumber))}<br>เรื่อง แต่งตั้งคณะกรรมการสอบข้อเท็จจริง</p>
    <p class="center">-------------------------</p>
    <p class="indent">ด้วย${html(organisation.nameTh)} ได้รับเรื่องร้องเรียน เลขรับที่ ${html(thaiDigits(receipt))} ลงวันที่ ${html(thaiDate(complaint.receivedAt, organisation.timeZone))} เรื่อง ${html(complaint.subject)} ซึ่งการตรวจสอบข้อเท็จจริงในเบื้องต้นยังไม่อาจได้ข้อยุติ</p>
    <p class="indent">เพื่อให้การตรวจสอบข้อเท็จจริงเป็นไปด้วยความถูกต้อง เป็นธรรม และรวดเร็ว จึงแต่งตั้งคณะกรรมการสอบข้อเท็จจริง ประกอบด้วย</p>
    <table class="plain">${members}</table>
    <p class="indent">ให้คณะกรรมการมีหน้าที่ตรวจสอบข้อเท็จจริง รวบรวมพยานหลักฐาน และรายงานผลการตรวจสอบต่อผู้บังคับบัญชา เพื่อแจ้งผลให้ผู้ร้องเรียนทราบต่อไป โดยให้เก็บรักษาข้อมูลของผู้ร้องเรียนเป็นความลับ</p>
    <p class="indent">ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป</p>
    <p class="indent">สั่ง ณ วันที่ ${html(thaiDate(committee.appointedAt, organisation.timeZone))}</p>
    ${signature(organisation, 'COMMITTEE_ORDER', [`นายก${organisation.nameTh}`])}`,
    organisation,
    committee.members.map((member) => member.fullName),
  );
}

const eventTh: Partial<Record<ComplaintEventKind, string>> = {
  RECEIVED: 'รับเรื่องร้องเรียน',
  REGISTERED: 'ลงทะเบียนรับหนังสือ',
  SUBMITTED_FOR_ORDER: 'ลงทะเบียนศูนย์ฯ และเสนอผู้บังคับบัญชาสั่งการ',
  ORDERED: 'ผู้บังคับบัญชาสั่งการ',
  NOT_ACCEPTED: 'ผู้บังคับบัญชาพิจารณาไม่รับเรื่องไว้พิจารณา',
  DISTRIBUTED: 'แจกจ่ายเรื่องให้หน่วยงานที่เกี่ยวข้อง',
  COMMITTEE_APPOINTED: 'แต่งตั้งคณะกรรมการสอบข้อเท็จจริง',
  UNIT_REPORTED: 'หน่วยงานรายงานผลการตรวจสอบ',
  RESOLVED: 'ได้ข้อยุติผลการตรวจสอบข้อเท็จจริง',
  NOTICE_SENT: 'แจ้งผู้ร้องเรียนเป็นหนังสือ',
  CORRECTED: 'แก้ไขข้อมูลที่บันทึก',
};

/**
 * Issue 14, item 2 (R4.5): the summary report on the complaint for the executives, which closing
 * requires: a memo (บันทึกข้อความ) giving the complaint, what was done and when, the result and the
 * findings, and the letters sent to the complainant, for the executive to take note and close it.
 * The complainant is not named (the executives may not see who complained, R5).
 */
export function summaryReport(complaint: FullComplaint, reference: ReferenceData, at: Date): string {
  const { organisation } = reference;
  const timeZone = organisation.timeZone;
  const receipt = formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear);
  const steps = complaint.events
    .filter((event) => eventTh[event.kind])
    .map((event) => `<tr><td>${html(thaiDate(event.at, timeZone))}</td><td>${html(eventTh[event.kind]!)}</td></tr>`)
    .join('');
  const accused = complaint.accused.map((one) => [one.fullName, one.position].filter(Boolean).join(' ')).join(', ');
  const letters = complaint.notices
    .map(
      (notice) =>
        `${noticeSubject[notice.kind]} ที่ ${letterNumber(organisation, notice.outgoingNumber ?? '-')} ลงวันที่ ${thaiDate(notice.sentAt, timeZone)}`,
    )
    .join('; ');
  return page(
    `บันทึกข้อความ รายงานสรุปผลการดำเนินการเรื่องร้องเรียน ${receipt}`,
    `<h1>บันทึกข้อความ</h1>
    <p><b>ส่วนราชการ</b> ศูนย์ปฏิบัติการต่อต้านการทุจริต ${html(organisation.nameTh)}${organisation.phone ? ` โทร. ${html(thaiDigits(organisation.phone))}` : ''}</p>
    <div class="grid"><p><b>ที่</b> ${html(organisation.officeCode ?? '')}${organisation.officeCode ? '/' : ''}${blank}</p><p><b>วันที่</b> ${html(thaiDate(at, timeZone))}</p></div>
    <p><b>เรื่อง</b> รายงานสรุปผลการดำเนินการเรื่องร้องเรียน เลขรับที่ ${html(thaiDigits(receipt))}</p>
    <p><b>เรียน</b> นายก${html(organisation.nameTh)}</p>
    <p class="indent">ตามที่ศูนย์ปฏิบัติการต่อต้านการทุจริตได้รับเรื่องร้องเรียน เลขรับที่ ${html(thaiDigits(receipt))} ลงวันที่ ${html(thaiDate(complaint.receivedAt, timeZone))} ทาง${html(reference.channel(complaint.channelCode).nameTh)} เรื่อง ${html(complaint.subject)}${accused ? ` กล่าวหา ${html(accused)}` : ''} นั้น ได้ดำเนินการตามขั้นตอน ดังนี้</p>
    <table><tr><th>วันที่</th><th>การดำเนินการ</th></tr>${steps}</table>
    <p class="indent">ผลการพิจารณา ${html(complaint.outcome ? outcomeTh[complaint.outcome] : 'ยังไม่ได้ข้อยุติ')}</p>
    ${paragraphsOf(complaint.findings)
      .map((paragraph) => `<p class="indent">${html(paragraph)}</p>`)
      .join('')}
    <p class="indent">${letters ? `ได้แจ้งผู้ร้องเรียนเป็นหนังสือแล้ว ได้แก่ ${html(letters)}` : 'ยังไม่ได้แจ้งผลให้ผู้ร้องเรียนทราบเป็นหนังสือ'}</p>
    <p class="indent">จึงเรียนมาเพื่อโปรดทราบ และพิจารณาให้ยุติเรื่อง</p>
    ${signature(organisation, 'SUMMARY_REPORT', ['เจ้าหน้าที่ศูนย์ปฏิบัติการต่อต้านการทุจริต'])}
    <div class="box"><p><b>ความเห็นและข้อสั่งการของผู้บริหาร</b></p><p>${blank}${blank}${blank}</p><p>${blank}${blank}${blank}</p>
    ${signatureLine(`นายก${organisation.nameTh}`, null)}</div>`,
    organisation,
    complaint.accused.map((one) => one.fullName),
  );
}
