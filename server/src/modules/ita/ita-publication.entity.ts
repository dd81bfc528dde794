import type { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Check, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { bodyRows, organisationDefault } from '../../db/organisation-column.js';

/**
 * Issue 14, item 6: every distinct version of an ITA page (O18, O19) that was published, as the
 * bytes served, with their SHA-256 and the instant they were first served: what an assessor saw on
 * a day can be shown again byte for byte (contract, "Paperwork and publication").
 */
@Entity({ tableName: 'ita_publication', policies: [bodyRows] })
@Unique({ name: 'ita_publication_version_key', properties: ['organisationCode', 'page', 'fiscalYear', 'format', 'sha256'] })
// A PDF is rendered once per content: one PDF per HTML it was printed from (an HTML row is its own source).
@Unique({ name: 'ita_publication_source_key', properties: ['organisationCode', 'page', 'fiscalYear', 'format', 'sourceSha256'] })
@Check({ name: 'ita_publication_page_check', expression: "page in ('O18', 'O19')" })
@Check({ name: 'ita_publication_format_check', expression: "format in ('html', 'pdf')" })
export class ItaPublication {
  /** Issue 13: the body this row belongs to (row-level security's key). */
  @Property({ type: 'text', defaultRaw: organisationDefault })
  organisationCode!: string & Opt;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** O18 (the complaint manual) or O19 (the statistics). */
  @Property({ type: 'text' })
  page!: string;

  @Property({ type: 'smallint' })
  fiscalYear!: number;

  /** html or pdf. */
  @Property({ type: 'text' })
  format!: string;

  @Property({ type: 'bytea', lazy: true })
  bytes!: Buffer;

  /** SHA-256 of `bytes`, hex: the version's name in its address (/ita/<fiscalYear>/archive/<sha256>.<format>). */
  @Property({ type: 'text' })
  sha256!: string;

  /** SHA-256 of the HTML the bytes were made from: a PDF's page; an HTML version's own. */
  @Property({ type: 'text' })
  sourceSha256!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  firstPublishedAt: Date & Opt = new Date();
}
