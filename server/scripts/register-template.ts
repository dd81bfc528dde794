/**
 * npm run import:template -w server — writes seeds/examples/register-template.csv, the template of
 * a past register with its Thai headers (issue 11, item 6), from the import's own column list.
 * A test fails when the checked-in file differs; the web app downloads the same table as XLSX or
 * CSV from GET /imports/register-template.(xlsx|csv).
 */
import { writeFile } from 'node:fs/promises';
import { templateTable } from '../src/modules/imports/register-columns.js';
import { toCsv } from '../src/modules/reports/register-export.js';

const path = new URL('../../seeds/examples/register-template.csv', import.meta.url);
await writeFile(path, toCsv(templateTable()));
console.log(`written ${path.pathname}`);
