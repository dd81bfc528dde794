import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { firstRow, rows, sql } from '../../db/sql.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { fiscalPeriod, fiscalYearAt } from '../reports/fiscal-year.js';
import { fiscalYearRange, statisticsWithMonths } from '../reports/statistics.service.js';
import type { ComplaintStatistics } from '../reports/statistics.types.js';
import { badInput, DomainError } from '../shared/domain-error.js';
import type { ArchivedVersion, Round } from './ita.templates.js';

/** The ITA's pages this module publishes: O18 (the complaint manual) and O19 (the statistics). */
export type ItaPage = 'O18' | 'O19';
export type ItaFormat = 'html' | 'pdf';

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The fiscal year a page's address names: a B.E. year in the statistics' range (400 otherwise: a
 * C.E. year given by mistake is refused), not after the running one (404: nothing is published
 * for it yet).
 */
export function fiscalYearOfPath(text: string): number {
  const fiscalYear = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  if (!(fiscalYear >= fiscalYearRange.min && fiscalYear <= fiscalYearRange.max)) {
    throw badInput(
      'fiscalYear',
      `ปีงบประมาณในที่อยู่ของหน้าต้องเป็นปีพุทธศักราช ๔ หลัก ระหว่าง ${fiscalYearRange.min} ถึง ${fiscalYearRange.max} เช่น /ita/2569/o19`,
      `The fiscal year in the address is a Buddhist-Era year between ${fiscalYearRange.min} and ${fiscalYearRange.max}, e.g. /ita/2569/o19`,
    );
  }
  return fiscalYear;
}

/** 404 for a fiscal year that has not begun on the body's calendar (R10: from 1 October). */
export function requirePublishedYear(fiscalYear: number, timeZone: string, now: Date): void {
  const running = fiscalYearAt(now, timeZone);
  if (fiscalYear > running) {
    throw new DomainError(
      'NOT_FOUND',
      `ปีงบประมาณ พ.ศ. ${fiscalYear} ยังไม่เริ่มต้น (ปีงบประมาณปัจจุบันคือ พ.ศ. ${running})`,
      `Fiscal year ${fiscalYear} B.E. has not begun (the running one is ${running})`,
    );
  }
}

/**
 * O19's two rounds (R10) from one read of the statistics (reports/statistics.service.ts, the
 * rollups: one statement whatever the number of complaints): the 6-month round is the fiscal
 * year's first six months (1 October – 31 March), the 12-month round all twelve. The body's
 * whole figures: a public page excludes no reader (it is the same for everyone).
 */
export async function o19Figures(
  em: EntityManager,
  reference: ReferenceData,
  fiscalYear: number,
  excludingAccused: string | null = null,
): Promise<{ rounds: { firstHalf: Round; wholeYear: Round }; statistics: ComplaintStatistics }> {
  const { statistics, months } = await statisticsWithMonths(em, reference, fiscalYear, null, excludingAccused);
  const halfEnd = fiscalPeriod(fiscalYear, 2, reference.timeZone).to;
  return {
    statistics,
    rounds: {
      firstHalf: { title: 'รอบ ๖ เดือน (ตุลาคม – มีนาคม)', months: months.slice(0, 6), from: statistics.from, to: halfEnd },
      wholeYear: { title: 'รอบ ๑๒ เดือน (ตุลาคม – กันยายน)', months, from: statistics.from, to: statistics.to },
    },
  };
}

/**
 * Keeps a version of a page as published, once per distinct content (its SHA-256): a version seen
 * before keeps its first instant. One statement.
 */
export async function archiveVersion(
  em: EntityManager,
  version: { page: ItaPage; fiscalYear: number; format: ItaFormat; bytes: Buffer; sha256: string; sourceSha256: string },
): Promise<void> {
  await rows(
    em,
    sql`insert into ita_publication (id, page, fiscal_year, format, bytes, sha256, source_sha256)
        values (gen_random_uuid(), ${version.page}, ${version.fiscalYear}, ${version.format}, ${version.bytes},
                ${version.sha256}, ${version.sourceSha256})
        on conflict do nothing`,
  );
}

/** The PDF printed from an HTML version (by its SHA-256), if it was printed before. */
export async function pdfOf(
  em: EntityManager,
  page: ItaPage,
  fiscalYear: number,
  sourceSha256: string,
): Promise<{ bytes: Buffer; sha256: string } | undefined> {
  return firstRow<{ bytes: Buffer; sha256: string }>(
    em,
    sql`select bytes, sha256 from ita_publication
         where page = ${page} and fiscal_year = ${fiscalYear} and format = 'pdf' and source_sha256 = ${sourceSha256}`,
  );
}

/**
 * The PDF of an HTML version: the one printed before from the same HTML, else printed now and
 * archived (two servers printing at once keep the first: the later one answers the kept bytes).
 */
export async function publishedPdf(
  em: EntityManager,
  version: { page: ItaPage; fiscalYear: number; sourceSha256: string },
  print: () => Promise<Buffer>,
): Promise<{ bytes: Buffer; sha256: string }> {
  const printed = await pdfOf(em, version.page, version.fiscalYear, version.sourceSha256);
  if (printed) return printed;
  const bytes = await print();
  const sha256 = sha256Of(bytes);
  await archiveVersion(em, { ...version, format: 'pdf', bytes, sha256 });
  return (await pdfOf(em, version.page, version.fiscalYear, version.sourceSha256)) ?? { bytes, sha256 };
}

/** The archive's list: every version of a fiscal year's pages, newest first (not their bytes). */
export async function archivedVersions(em: EntityManager, fiscalYear: number): Promise<ArchivedVersion[]> {
  const found = await rows<Omit<ArchivedVersion, 'firstPublishedAt'> & { firstPublishedAt: string | Date }>(
    em,
    sql`select page, format, sha256, first_published_at as "firstPublishedAt", octet_length(bytes) as bytes
          from ita_publication where fiscal_year = ${fiscalYear}
         order by first_published_at desc, page, format`,
  );
  return found.map((row) => ({ ...row, firstPublishedAt: new Date(row.firstPublishedAt), bytes: Number(row.bytes) }));
}

/** One archived version's bytes, exactly as they were served, and their format (named or not in the address). */
export async function archivedBytes(
  em: EntityManager,
  fiscalYear: number,
  sha256: string,
  format: ItaFormat | null,
): Promise<{ bytes: Buffer; format: ItaFormat } | undefined> {
  return firstRow<{ bytes: Buffer; format: ItaFormat }>(
    em,
    sql`select bytes, format from ita_publication
         where fiscal_year = ${fiscalYear} and sha256 = ${sha256} ${format ? sql`and format = ${format}` : sql``}
         limit 1`,
  );
}
