import { ComplaintEventKind, ComplaintStage, NotAcceptedReason } from '../complaints/complaint.enums.js';
import { stageLabels } from '../complaints/workflow.js';
import type { DeadlineRule } from '../deadlines/deadline-rule.entity.js';
import { DeadlineUnit } from '../deadlines/deadline.enums.js';
import { letterhead, page, reasonTh } from '../documents/templates.js';
import { html, thaiDate, thaiDigits } from '../documents/thai-format.js';
import type { OrganisationProfile, ReferenceData } from '../reference/reference-data.js';
import type { MonthFigures } from '../reports/statistics.service.js';
import type { ComplaintStatistics } from '../reports/statistics.types.js';

/**
 * Issue 14, item 6: the ITA pages O18 (the complaint manual, from the body's live settings) and
 * O19 (the fiscal year's statistics by month), the executive's acknowledgement memo, and the pages
 * around them (the archive's list, the choice of body). Every page is a document of the documents'
 * style (documents/templates.ts, `page`: Sarabun, Thai words kept whole on a line). O18 and O19
 * carry no "now" but the data date, to the day, so that the same content hashes the same (the
 * archive keeps one row per distinct version). They print counts and the body's settings only:
 * never a complainant, an accused or a subject.
 */

/**
 * The ITA pages are read on a screen first (a website links to them): there the page stands as a
 * sheet in the window's middle; printed, the documents' A4 margins hold (`@page`).
 */
const onScreen =
  '<style>@media screen { body { max-width: 19cm; margin: 1.5em auto; padding: 0 1.5em; } }' +
  // O19's tables: the month's column wide enough for "ต.ค. ๒๕๖๘", the four counts alike.
  ' table.round { table-layout: fixed; } table.round col { width: 19%; } table.round col.month { width: 24%; }</style>';

/** The Center, as the manual names the unit that receives complaints (R1, R4.1). */
const center = 'ศูนย์ปฏิบัติการต่อต้านการทุจริต';

const unitTh: Record<DeadlineUnit, string> = {
  WORKING_HOURS: 'ชั่วโมงทำการ',
  WORKING_DAYS: 'วันทำการ',
  DAYS: 'วัน',
};

/** What starts a clock, as the procedure says it ("นับแต่…"). */
const startTh: Partial<Record<ComplaintEventKind, string>> = {
  RECEIVED: 'ได้รับเรื่องร้องเรียน',
  REGISTERED: 'ลงทะเบียนรับหนังสือ',
  SUBMITTED_FOR_ORDER: 'เสนอผู้บังคับบัญชา',
  ORDERED: 'ผู้บังคับบัญชาสั่งการ',
  DISTRIBUTED: 'แจกจ่ายเรื่องให้หน่วยงานที่เกี่ยวข้อง',
  COMMITTEE_APPOINTED: 'แต่งตั้งคณะกรรมการสอบข้อเท็จจริง',
  RESOLVED: 'ได้ข้อยุติ',
};

/** A rule's limit in words: "๓ ชั่วโมงทำการ นับแต่ได้รับเรื่องร้องเรียน". */
export function limitTh(rule: Pick<DeadlineRule, 'amount' | 'unit' | 'startEvent'>): string {
  const from = startTh[rule.startEvent];
  return `${thaiDigits(rule.amount)} ${unitTh[rule.unit]}${from ? ` นับแต่${from}` : ''}`;
}

/**
 * The procedure (manual §6, §8; workflow.md "Stages"): the workflow's stages in their order, each
 * under its label (workflow.ts, `stageLabels`), what is done there, and the time limits of the
 * body's rules met by the event that enters it (its deadline rules, as the administrator keeps them).
 */
const procedure: { stage: ComplaintStage; enteredBy: ComplaintEventKind; what: string }[] = [
  {
    stage: ComplaintStage.RECEIVED,
    enteredBy: ComplaintEventKind.RECEIVED,
    what: `${center}รับเรื่องร้องเรียนจากทุกช่องทาง และบันทึกลงในแบบฟอร์มการร้องเรียน`,
  },
  {
    stage: ComplaintStage.REGISTERED,
    enteredBy: ComplaintEventKind.REGISTERED,
    what: 'ลงทะเบียนรับหนังสือในทะเบียนหนังสือรับของหน่วยงาน',
  },
  {
    stage: ComplaintStage.AWAITING_ORDER,
    enteredBy: ComplaintEventKind.SUBMITTED_FOR_ORDER,
    what: `ลงทะเบียนในทะเบียนเรื่องร้องเรียนของ${center} และเสนอผู้บังคับบัญชาเพื่อพิจารณาสั่งการ`,
  },
  {
    stage: ComplaintStage.ORDERED,
    enteredBy: ComplaintEventKind.ORDERED,
    what: 'ผู้บังคับบัญชาพิจารณาว่ารับไว้พิจารณาหรือไม่ (ตามหลักเกณฑ์ในข้อ ๖) และมอบหมายหน่วยงานที่รับผิดชอบ',
  },
  {
    stage: ComplaintStage.FACT_FINDING,
    enteredBy: ComplaintEventKind.DISTRIBUTED,
    what: 'แจกจ่ายเรื่องให้หน่วยงานที่เกี่ยวข้อง เจ้าหน้าที่ผู้รับผิดชอบประสานงานและตรวจสอบข้อเท็จจริง',
  },
  {
    stage: ComplaintStage.COMMITTEE,
    enteredBy: ComplaintEventKind.COMMITTEE_APPOINTED,
    what: 'หากตรวจสอบแล้วเรื่องยังไม่ยุติ แต่งตั้งคณะกรรมการสอบข้อเท็จจริง และแจ้งความคืบหน้าให้ผู้ร้องเรียนทราบ',
  },
  {
    stage: ComplaintStage.RESOLVED,
    enteredBy: ComplaintEventKind.RESOLVED,
    what: 'หน่วยงานหรือคณะกรรมการรายงานผลการตรวจสอบ บันทึกข้อเท็จจริงและผลการพิจารณา และแจ้งผลให้ผู้ร้องเรียนทราบเป็นหนังสือ',
  },
  {
    stage: ComplaintStage.CLOSED,
    enteredBy: ComplaintEventKind.CLOSED,
    what: 'จัดทำรายงานสรุปเสนอผู้บริหาร และยุติเรื่อง',
  },
];

/** The Center's office (the division it sits in, PALAD) and how to reach it. */
function responsibleUnit(reference: ReferenceData): string {
  const organisation = reference.organisation;
  const home = reference.divisions.get('PALAD')?.nameTh;
  const inPerson = reference.channels.get('IN_PERSON');
  const lines = [
    `<p><b>${html(center)}</b>${home ? ` ${html(home)}` : ''} ${html(organisation.nameTh)}</p>`,
    `<p>ที่ตั้ง ${html(thaiDigits(organisation.address))}</p>`,
    organisation.phone ? `<p>โทรศัพท์ ${html(thaiDigits(organisation.phone))}</p>` : '',
    organisation.website ? `<p>เว็บไซต์ <span class="nowrap">${html(organisation.website)}</span></p>` : '',
    inPerson?.inUse && inPerson.contact ? `<p>ติดต่อด้วยตนเอง ${html(thaiDigits(inPerson.contact))}</p>` : '',
  ];
  return lines.join('');
}

/**
 * O18: คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ, from the body's live settings: its
 * name, address and emblem, the responsible unit, every channel in use with its contact (R1), the
 * procedure (R2–R4, R8), the time limits of its deadline rules, the grounds for not taking a
 * complaint up (R6) and the reporting (R10).
 */
export function o18Page(reference: ReferenceData, fiscalYear: number): string {
  const { organisation } = reference;
  const rules = [...reference.deadlineRules.values()];
  const channels = reference.channelsInUse();
  const steps = procedure.map((step, index) => {
    // Each rule under the first step whose entering event meets it; the notices' rules below.
    const limits = rules.filter(
      (rule) =>
        rule.stopEvents.includes(step.enteredBy) && procedure.findIndex((other) => rule.stopEvents.includes(other.enteredBy)) === index,
    );
    const within = limits.map((rule) => `ภายใน ${limitTh(rule)}`).join(' และ ');
    return `<tr><td class="n">${thaiDigits(index + 1)}</td><td><b>${html(stageLabels[step.stage].th)}</b><br>${html(step.what)}</td><td>${html(within || '-')}</td></tr>`;
  });
  const reasons = Object.values(NotAcceptedReason)
    .filter((reason) => reason !== NotAcceptedReason.OTHER)
    .map((reason) => `<li>${html(reasonTh[reason])}</li>`)
    .join('');
  return page(
    `คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ${organisation.nameTh}`,
    `${onScreen}${letterhead(organisation)}<h1>คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1>
    <p class="center">${html(organisation.nameTh)}<br>ปีงบประมาณ พ.ศ. ${thaiDigits(fiscalYear)}</p>
    <h2>๑. หน่วยงานที่รับผิดชอบ</h2>${responsibleUnit(reference)}
    <h2>๒. ช่องทางการร้องเรียน/แจ้งเบาะแส</h2>
    <p class="indent">ผู้ร้องเรียนยื่นเรื่องได้ทุกช่องทางต่อไปนี้ ${html(center)}ตรวจสอบทุกช่องทางทุกวันทำการ</p>
    <table><tr><th class="n">ลำดับ</th><th>ช่องทาง</th><th>ติดต่อ</th></tr>${channels
      .map(
        (channel, index) =>
          `<tr><td class="n">${thaiDigits(index + 1)}</td><td>${html(channel.nameTh)}</td><td>${html(channel.contact ? thaiDigits(channel.contact) : '-')}</td></tr>`,
      )
      .join('')}</table>
    <h2>๓. ขั้นตอนการปฏิบัติงาน</h2>
    <table><tr><th class="n">ขั้นตอน</th><th>การดำเนินการ</th><th>ระยะเวลา</th></tr>${steps.join('')}</table>
    <h2>๔. ระยะเวลาดำเนินการ</h2>
    <table><tr><th>กรอบเวลา</th><th>ระยะเวลา</th></tr>${rules
      .map((rule) => `<tr><td>${html(rule.nameTh)}</td><td>${html(limitTh(rule))}</td></tr>`)
      .join('')}</table>
    <p class="small">วันทำการ คือ วันจันทร์ถึงวันศุกร์ เว้นวันหยุดราชการ ชั่วโมงทำการนับเฉพาะเวลาทำการของหน่วยงาน การนับระยะเวลาเป็นวันหรือวันทำการไม่นับวันแรกที่เริ่มต้น
    หากวันสุดท้ายตรงกับวันหยุดราชการ ให้นับวันทำการถัดไปเป็นวันสุดท้าย กรณีผู้ร้องเรียนไม่ประสงค์ออกนามหรือไม่ให้ที่อยู่ติดต่อ ไม่มีการแจ้งผลเป็นหนังสือ</p>
    <h2>๕. เรื่องร้องเรียนที่รับไว้พิจารณา</h2>
    <p class="indent">เรื่องร้องเรียนต้องใช้ถ้อยคำสุภาพ ระบุชื่อและที่อยู่ของผู้ร้องเรียน ลงวันที่ ระบุข้อเท็จจริงหรือพฤติการณ์ชัดเจนเพียงพอที่จะดำเนินการตรวจสอบได้
    ระบุพยานหลักฐาน (ถ้ามี) เป็นเรื่องจริงและสุจริต และเป็นเรื่องที่ได้รับความเดือดร้อนจากการปฏิบัติหน้าที่ของเจ้าหน้าที่ของ${html(organisation.nameTh)}</p>
    <h2>๖. เรื่องร้องเรียนที่ไม่รับไว้พิจารณา</h2>
    <ol>${reasons}</ol>
    <p class="indent">เรื่องที่ข้อมูลไม่เพียงพอและไม่อาจหาเพิ่มเติมได้ ให้ยุติเรื่องหรือเก็บไว้เป็นฐานข้อมูล นอกเหนือจากนี้ให้อยู่ในดุลยพินิจของผู้บังคับบัญชา</p>
    <h2>๗. การรายงานผล</h2>
    <p class="indent">${html(center)}รายงานสรุปผลการดำเนินการเรื่องร้องเรียนต่อนายก${html(organisation.nameTh)}ทุกไตรมาส
    และเมื่อสิ้นปีงบประมาณ สรุปและวิเคราะห์เรื่องร้องเรียนทั้งหมดเป็นสถิติประจำปี และเผยแพร่ต่อสาธารณะ</p>
    <p class="indent">ข้อมูลของผู้ร้องเรียนถือเป็นความลับ เปิดเผยเฉพาะเจ้าหน้าที่ที่มีหน้าที่เกี่ยวข้อง</p>`,
    organisation,
    channels.map((channel) => channel.contact),
  );
}

/** A month, YYYY-MM, as Thai official documents name it: "ต.ค. ๒๕๖๘" (Intl: B.E. year, Thai digits). */
export function thaiMonth(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat('th-TH-u-nu-thai', { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(
    new Date(Date.UTC(year, index - 1, 15)),
  );
}

/** One round of O19: its months, [from, to), and whether it is still running (data date then). */
export interface Round {
  title: string;
  months: MonthFigures[];
  from: Date;
  to: Date;
}

export const roundTotal = (months: MonthFigures[]) =>
  months.reduce(
    (total, month) => ({
      received: total.received + month.received,
      closed: total.closed + month.closed,
      notAccepted: total.notAccepted + month.notAccepted,
      inProgress: total.inProgress + month.inProgress,
    }),
    { received: 0, closed: 0, notAccepted: 0, inProgress: 0 },
  );

function roundTable(round: Round, organisation: OrganisationProfile, dataDate: string | null, voided: number): string {
  const timeZone = organisation.timeZone;
  const span = `${thaiDate(round.from, timeZone)} – ${thaiDate(new Date(round.to.getTime() - 1), timeZone)}`;
  const head = `<h2>${html(round.title)}</h2><p>(${html(span)})${dataDate ? ` ข้อมูล ณ วันที่ ${html(dataDate)}` : ''}</p>`;
  const total = roundTotal(round.months);
  // Contract, "Paperwork and publication": a round without complaints says so in place of its table.
  if (total.received === 0) return `${head}<p class="center"><b>ไม่มีเรื่องร้องเรียน</b></p>`;
  const cells = (row: Omit<MonthFigures, 'month'>) =>
    [row.received, row.closed, row.inProgress, row.notAccepted].map((n) => `<td class="n">${thaiDigits(n)}</td>`).join('');
  return `${head}<table class="round"><colgroup><col class="month"><col><col><col><col></colgroup><tr><th>เดือน</th><th class="n">ได้รับ</th><th class="n">ดำเนินการแล้วเสร็จ<br>(ยุติเรื่อง)</th><th class="n">อยู่ระหว่างดำเนินการ</th><th class="n">ไม่รับพิจารณา</th></tr>${round.months
    .map((month) => `<tr><td class="nowrap">${html(thaiMonth(month.month))}</td>${cells(month)}</tr>`)
    .join('')}<tr><th>รวม</th>${cells(total).replaceAll('<td', '<th').replaceAll('</td>', '</th>')}</tr></table>${
    voided ? `<p class="small">ไม่นับเรื่องที่ยกเลิกเพราะบันทึกไว้โดยผิดพลาด ${thaiDigits(voided)} เรื่อง</p>` : ''
  }`;
}

/**
 * O19: ผลการดำเนินงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ, the 6-month round (1 October – 31 March)
 * and the 12-month round of a fiscal year (R10), by month, with a total; "ไม่มีเรื่องร้องเรียน" for a
 * round without complaints; a round not yet over says its data date (the day, nothing finer).
 */
export function o19Page(
  reference: ReferenceData,
  fiscalYear: number,
  rounds: { firstHalf: Round; wholeYear: Round },
  statistics: Pick<ComplaintStatistics, 'voided'>,
  now: Date,
): string {
  const { organisation } = reference;
  const dataDate = (round: Round) => (round.to > now ? thaiDate(now, organisation.timeZone) : null);
  return page(
    `ผลการดำเนินงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ พ.ศ. ${fiscalYear} ${organisation.nameTh}`,
    `${onScreen}${letterhead(organisation)}<h1>ผลการดำเนินงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h1>
    <p class="center">${html(organisation.nameTh)}<br>ประจำปีงบประมาณ พ.ศ. ${thaiDigits(fiscalYear)}</p>
    ${roundTable(rounds.firstHalf, organisation, dataDate(rounds.firstHalf), 0)}
    ${roundTable(rounds.wholeYear, organisation, dataDate(rounds.wholeYear), statistics.voided)}
    <p class="small">นับตามวันที่ได้รับเรื่อง สถานะของแต่ละเรื่อง ณ วันที่ของข้อมูล ดำเนินการแล้วเสร็จ คือ เรื่องที่ยุติแล้ว
    ไม่รับพิจารณา คือ เรื่องที่ไม่เข้าหลักเกณฑ์การรับไว้พิจารณาตามคู่มือการปฏิบัติงาน</p>`,
    organisation,
  );
}

const percent = (part: number, whole: number) => (whole ? thaiDigits((Math.round((part / whole) * 1000) / 10).toFixed(1)) : '-');

/**
 * The acknowledgement memo (บันทึกข้อความ, the internal memo of the Regulation on Correspondence:
 * ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน) from the Center to the Chief Executive (R10), its analysis
 * filled from O19's figures, with room for the Nayok's ทราบ/สั่งการ and signature.
 */
export function memoPage(
  reference: ReferenceData,
  fiscalYear: number,
  rounds: { firstHalf: Round; wholeYear: Round },
  statistics: ComplaintStatistics,
  now: Date,
): string {
  const { organisation } = reference;
  const timeZone = organisation.timeZone;
  const home = reference.divisions.get('PALAD')?.nameTh;
  const dots = '.'.repeat(40);
  const summary = (round: Round) => {
    const total = roundTotal(round.months);
    const asOf = round.to > now ? ` (ข้อมูล ณ วันที่ ${thaiDate(now, timeZone)})` : '';
    if (total.received === 0) return `${round.title}${asOf} ไม่มีเรื่องร้องเรียน`;
    return (
      `${round.title}${asOf} ได้รับเรื่องร้องเรียน ${thaiDigits(total.received)} เรื่อง ดำเนินการแล้วเสร็จ ${thaiDigits(total.closed)} เรื่อง ` +
      `คิดเป็นร้อยละ ${percent(total.closed, total.received)} ไม่รับพิจารณา ${thaiDigits(total.notAccepted)} เรื่อง ` +
      `อยู่ระหว่างดำเนินการ ${thaiDigits(total.inProgress)} เรื่อง`
    );
  };
  const busiest = [...statistics.byChannel].sort((a, b) => b.count - a.count)[0];
  const overdue = statistics.deadlineCompliance.reduce((total, row) => total + row.overdue, 0);
  const late = statistics.deadlineCompliance.reduce((total, row) => total + row.metLate, 0);
  const analysis = [
    summary(rounds.firstHalf),
    summary(rounds.wholeYear),
    busiest && busiest.count > 0
      ? `ช่องทางที่ได้รับเรื่องร้องเรียนมากที่สุด คือ ${busiest.channel.nameTh} จำนวน ${thaiDigits(busiest.count)} เรื่อง`
      : null,
    statistics.received
      ? `การปฏิบัติตามกรอบเวลา มีขั้นตอนที่ค้างเกินกำหนด ${thaiDigits(overdue)} รายการ และดำเนินการแล้วแต่เกินกำหนด ${thaiDigits(late)} รายการ`
      : null,
  ].filter((text): text is string => Boolean(text));
  const nayok = organisation.signers.find((signer) => signer.position.startsWith('นายก'));
  return page(
    `บันทึกข้อความ รายงานผลการดำเนินงานเรื่องร้องเรียน ปีงบประมาณ พ.ศ. ${fiscalYear}`,
    `${onScreen}${organisation.emblemDataUrl ? `<div class="letterhead"><img src="${html(organisation.emblemDataUrl)}" alt="ตราสัญลักษณ์"></div>` : ''}
    <h1>บันทึกข้อความ</h1>
    <p><b>ส่วนราชการ</b> ${html(center)}${home ? ` ${html(home)}` : ''} ${html(organisation.nameTh)}${
      organisation.phone ? ` โทร. ${html(thaiDigits(organisation.phone))}` : ''
    }</p>
    <div class="grid"><p><b>ที่</b> ${dots}</p><p><b>วันที่</b> ${html(thaiDate(now, timeZone))}</p></div>
    <p><b>เรื่อง</b> รายงานผลการดำเนินงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ${thaiDigits(fiscalYear)}</p>
    <p><b>เรียน</b> นายก${html(organisation.nameTh)}</p>
    <p class="indent">ตามที่${html(organisation.nameTh)} ได้กำหนดช่องทางและขั้นตอนการรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบไว้ในคู่มือการปฏิบัติงาน
    และต้องรายงานผลการดำเนินการต่อผู้บริหารและเผยแพร่ต่อสาธารณะ นั้น ${html(center)}ขอรายงานผลการดำเนินงาน ดังนี้</p>
    ${analysis.map((text, index) => `<p class="indent">${thaiDigits(index + 1)}. ${html(text)}</p>`).join('')}
    <p class="indent">จึงเรียนมาเพื่อโปรดทราบ และพิจารณาสั่งการ</p>
    <div class="signature"><br><p>(${dots})</p><p>เจ้าหน้าที่${html(center)}</p></div>
    <div class="box"><p><b>ความเห็น/ข้อสั่งการของนายก${html(organisation.nameTh)}</b></p>
    <p>☐ ทราบ &nbsp; ☐ สั่งการ ${dots}${dots}</p><p>${dots}${dots}${dots}</p>
    <div class="signature"><p>ลงชื่อ${dots}</p><p>(${nayok ? html(nayok.name) : dots})</p><p>นายก${html(organisation.nameTh)}</p><p>วันที่ ${dots}</p></div></div>`,
    organisation,
    nayok ? [nayok.name] : [],
  );
}

/** One archived version, as the archive's list shows it. */
export interface ArchivedVersion {
  page: string;
  format: string;
  sha256: string;
  firstPublishedAt: Date;
  bytes: number;
}

const pageTitle: Record<string, string> = {
  O18: 'O18 คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
  O19: 'O19 ผลการดำเนินงานเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
};

/** /ita/<fiscalYear>/archive: every version published, newest first, with its instant (B.E.) and hash. */
export function archivePage(
  reference: ReferenceData,
  fiscalYear: number,
  versions: ArchivedVersion[],
  link: (path: string) => string,
): string {
  const { organisation } = reference;
  const timeZone = organisation.timeZone;
  const instant = (at: Date) =>
    new Intl.DateTimeFormat('th-TH-u-nu-thai', {
      timeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).format(at);
  const rows = versions
    .map(
      (version) =>
        `<tr><td>${html(pageTitle[version.page] ?? version.page)}</td><td>${html(version.format.toUpperCase())}</td><td>${html(instant(version.firstPublishedAt))} น.</td>` +
        `<td class="small"><a href="${html(link(`/ita/${fiscalYear}/archive/${version.sha256}.${version.format}`))}"><code>${html(version.sha256)}</code></a></td></tr>`,
    )
    .join('');
  return page(
    `ฉบับที่เผยแพร่ ปีงบประมาณ พ.ศ. ${fiscalYear} ${organisation.nameTh}`,
    `${onScreen}${letterhead(organisation)}<h1>ฉบับที่เผยแพร่แล้ว ปีงบประมาณ พ.ศ. ${thaiDigits(fiscalYear)}</h1>
    <p class="center">หน้าเผยแพร่ตามเกณฑ์การประเมินคุณธรรมและความโปร่งใส (ITA) แต่ละฉบับพร้อมวันเวลาที่เผยแพร่ครั้งแรกและค่าแฮช SHA-256</p>
    ${versions.length ? `<table><tr><th>หน้า</th><th>รูปแบบ</th><th>เผยแพร่ครั้งแรก</th><th>SHA-256</th></tr>${rows}</table>` : '<p class="center">ยังไม่มีฉบับที่เผยแพร่</p>'}`,
    organisation,
  );
}

/**
 * On a deployment of several bodies, a link that names none: which body's page (HTTP 400), each
 * body with its link.
 */
export function chooserPage(bodies: OrganisationProfile[], link: (code: string) => string): string {
  const blank = bodies[0]!;
  return page(
    'เลือกหน่วยงาน',
    `${onScreen}<h1>เลือกหน่วยงาน</h1><p class="center">ระบบนี้ให้บริการหลายหน่วยงาน โปรดเลือกหน่วยงานที่ต้องการดู — Choose a body</p>
    <ul>${bodies.map((body) => `<li><a href="${html(link(body.code))}">${html(body.nameTh)}</a> (${html(body.nameEn)})</li>`).join('')}</ul>`,
    { ...blank, nameTh: '', signers: [] },
    bodies.map((body) => body.nameTh),
  );
}

/** A refusal as a page (the ITA pages are read in a browser): the Thai first, the English after " — ". */
export function refusalPage(organisation: OrganisationProfile, th: string, en: string, link?: string): string {
  const open = link ? `<p class="center"><a href="${html(link)}">เปิดหน้าเว็บ — open the web page</a></p>` : '';
  return page(th, `${onScreen}<h1>${html(th)}</h1><p class="center">${html(en)}</p>${open}`, organisation);
}
