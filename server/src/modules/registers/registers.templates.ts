import { html, thaiDate, thaiDigits } from '../documents/thai-format.js';
import { page } from '../documents/templates.js';
import type { OrganisationProfile } from '../reference/reference-data.js';
import type { RegisterTable } from './registers.tables.js';

/**
 * A register on landscape A4 (issue 14, item 5): its title naming the register, the body and the
 * fiscal year (พ.ศ.), the period it covers, then the table, whose header row Chromium prints again
 * at the top of every page (`thead`); the page number at the foot (a page-margin box). Numbers and
 * dates in Thai digits.
 */
export function registerDocument(
  title: string,
  table: RegisterTable,
  organisation: OrganisationProfile,
  fiscalYear: number,
  period: { from: Date; to: Date },
): string {
  const digits = new Set(table.digitColumns);
  const cell = (value: string, index: number) =>
    digits.has(index) ? `<td class="num">${html(thaiDigits(value))}</td>` : `<td>${html(value)}</td>`;
  const last = new Date(period.to.getTime() - 1);
  const body = `<h1>${html(title)}</h1>
    <p class="center">${html(organisation.nameTh)}<br>ปีงบประมาณ พ.ศ. ${html(thaiDigits(fiscalYear))} (${html(
      thaiDate(period.from, organisation.timeZone),
    )} – ${html(thaiDate(last, organisation.timeZone))})</p>
    <table class="register"><thead><tr>${table.header.map((name) => `<th>${html(name)}</th>`).join('')}</tr></thead>
    <tbody>${
      table.rows.length
        ? table.rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('')
        : `<tr><td colspan="${table.header.length}" class="center">ไม่มีรายการในปีงบประมาณนี้</td></tr>`
    }</tbody></table>`;
  return page(`${title} ${organisation.nameTh} ปีงบประมาณ ${fiscalYear}`, body, organisation, table.names, {
    landscape: true,
    css: `
body { font-size: 13pt; line-height: 1.3; }
h1 { font-size: 18pt; margin: 0 0 0.2em; }
table.register { font-size: ${table.header.length > 10 ? 9.5 : 12}pt; }
${
  // Numbers and dates whole on their line; in the book's fourteen columns, the receipt number alone.
  table.header.length > 10 ? 'table.register td.num:first-child' : 'table.register td.num'
} { white-space: nowrap; }
table.register thead { display: table-header-group; }
table.register th { text-align: center; vertical-align: middle; background: #eee; }
table.register tr { break-inside: avoid; }
@page { @bottom-center { content: "หน้า " counter(page, thai) " / " counter(pages, thai); font-family: 'Sarabun', sans-serif; font-size: 11pt; } }`,
  });
}
