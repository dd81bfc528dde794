import type { RequestHandler } from 'express';
import { statementsSoFar, withStatementTally } from '../../db/sql-statements.js';
import { scopeOf } from '../../http/request-scope.js';
import { sendError } from '../../http/send-error.js';
import { requireRole } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { seesIdentity } from '../complaints/complaint-access.js';
import { findRegister } from '../complaints/complaint.queries.js';
import type { PdfRenderer } from '../documents/pdf-renderer.js';
import { fiscalPeriod } from '../reports/fiscal-year.js';
import { registerTable, toXlsx } from '../reports/register-export.js';
import { fiscalYearRange } from '../reports/statistics.service.js';
import { DomainError, badInput } from '../shared/domain-error.js';
import { receivedLetters, sentLetters } from './registers.queries.js';
import { receivedTable, sentTable, type RegisterTable } from './registers.tables.js';
import { registerDocument } from './registers.templates.js';

/** Contract, "Paperwork and publication": the registers' readers. */
const readers = [Role.CENTER_OFFICER, Role.COMMANDER, Role.EXECUTIVE];

/** The three registers, by the name in their path: title, sheet name and file name. */
const registers = {
  received: { title: 'ทะเบียนหนังสือรับ', file: 'received-register' },
  sent: { title: 'ทะเบียนหนังสือส่ง', file: 'sent-register' },
  complaints: { title: 'ทะเบียนเรื่องร้องเรียน', file: 'complaint-register' },
} as const;
type RegisterName = keyof typeof registers;

const notFound = () => new DomainError('NOT_FOUND', 'ไม่มีทะเบียนนี้ (ใช้ .pdf หรือ .xlsx)', 'No such register (use .pdf or .xlsx)');

/** The complaint register book's columns of numbers and dates (the PDF prints them in Thai digits). */
const bookDigitHeaders = new Set(['เลขรับ', 'วันที่รับ', 'โทรศัพท์', 'เลขทะเบียนรับ', 'เลขทะเบียนศูนย์ฯ']);

/**
 * Counts the SQL statements of the request from here on, the caller's authentication included
 * (db/sql-statements.ts): mounted before `requestScope`, so that the budget test sees them all.
 */
export const countStatements: RequestHandler = (_req, _res, next) => withStatementTally(() => next());

/**
 * Issue 14, item 5 (contract, "Paperwork and publication"): GET /registers/received/<fiscalYear>.pdf|.xlsx
 * (the SAO's ทะเบียนหนังสือรับ), /registers/sent/… (ทะเบียนหนังสือส่ง) and /registers/complaints/…
 * (the Center's complaint register book, R7), for CENTER_OFFICER, COMMANDER and EXECUTIVE; the
 * complainant's columns only for those who see identities (overriding rule 2), each identity shown
 * recorded as read before the file leaves; never a complaint accusing the caller (overriding rule
 * 1); the caller's body's letters only (issue 13). At most 3 statements.
 */
export function registersRoute(renderer: PdfRenderer, exposeStatements: boolean): RequestHandler {
  return async (req, res) => {
    const scope = scopeOf(res);
    try {
      const name = String(req.params.register);
      const file = /^([^.]+)\.(pdf|xlsx)$/.exec(String(req.params.file));
      if (!Object.hasOwn(registers, name) || !file) throw notFound();
      const register = registers[name as RegisterName];
      const user = requireRole(scope, readers, { th: `ดู${register.title}`, en: `read the ${register.file.replace('-', ' ')}` });
      const fiscalYear = Number(file[1]);
      if (!/^\d{4}$/.test(file[1]!) || fiscalYear < fiscalYearRange.min || fiscalYear > fiscalYearRange.max) {
        throw badInput(
          'fiscalYear',
          `ปีงบประมาณต้องเป็นปีพุทธศักราช ${fiscalYearRange.min}–${fiscalYearRange.max} เช่น 2569`,
          `The fiscal year is a Buddhist-Era year from ${fiscalYearRange.min} to ${fiscalYearRange.max}, e.g. 2569`,
        );
      }
      const { reference } = scope;
      const period = fiscalPeriod(fiscalYear, null, reference.timeZone);
      const withIdentity = seesIdentity(user);
      let table: RegisterTable;
      if (name === 'received') {
        table = receivedTable(await receivedLetters(scope.em, user, period), reference, withIdentity);
      } else if (name === 'sent') {
        table = sentTable(await sentLetters(scope.em, user, period), reference, withIdentity);
      } else {
        // The Center's register book: the complaint register's one table (reports/register-export.ts).
        const complaints = await findRegister(scope.em, user, period);
        const [header = [], ...rows] = registerTable(complaints, reference, withIdentity);
        table = {
          header,
          rows,
          digitColumns: header.flatMap((column, index) => (bookDigitHeaders.has(column) ? [index] : [])),
          identityReads: withIdentity ? complaints.filter((complaint) => complaint.complainant) : [],
          names: complaints.flatMap((complaint) => [
            complaint.complainant?.fullName ?? '',
            ...complaint.accused.map((person) => person.fullName ?? ''),
          ]),
        };
      }
      // Every identity the register carries is an identity read (issue 6), recorded before it leaves.
      await scope.auditIdentityReads(table.identityReads, `GET /registers/${name}/${file[0]}`);
      const organisation = reference.organisation;
      const bytes =
        file[2] === 'pdf'
          ? await renderer.render(registerDocument(register.title, table, organisation, fiscalYear, period))
          : await toXlsx([table.header, ...table.rows], register.title, organisation.nameTh);
      if (exposeStatements) res.setHeader('x-sql-statements', String(statementsSoFar()));
      res.setHeader('cache-control', 'no-store');
      res.setHeader(
        'content-type',
        file[2] === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      res.setHeader(
        'content-disposition',
        `${file[2] === 'pdf' ? 'inline' : 'attachment'}; filename="${register.file}-${fiscalYear}.${file[2]}"`,
      );
      res.send(bytes);
    } catch (error) {
      sendError(res, error);
    }
  };
}
