import express, { type RequestHandler } from 'express';
import { statementsSoFar, withStatementTally } from '../../db/sql-statements.js';
import { scopeOf } from '../../http/request-scope.js';
import { sendError } from '../../http/send-error.js';
import { appendAudit } from '../audit/audit.service.js';
import { requireRole } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { toCsv, toXlsx } from '../reports/register-export.js';
import { DomainError, badInput } from '../shared/domain-error.js';
import { templateTable } from './register-columns.js';
import { registerFileMaxBytes } from './register-file.js';
import { importRegister, type ImportReport } from './register-import.service.js';

const importing = { th: 'นำเข้าทะเบียนเรื่องร้องเรียนเดิม', en: 'import a past complaint register' };

/**
 * Bodies a page of another site could send without asking first (CORS "simple" requests): an
 * upload must not come as one, so that a forged form cannot import on an administrator's session.
 */
const simpleBody = /^(text\/plain|multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/** The file's bytes as they came: any content type but a form's, at most 10 MB (413 beyond). */
const rawFile = express.raw({ type: () => true, limit: registerFileMaxBytes });

/** What the audit trail keeps of an import: the file's name and SHA-256 and the counts, never its content. */
function auditData(
  report: Pick<ImportReport, 'dryRun' | 'fileName' | 'sha256' | 'rows' | 'imported' | 'alreadyPresent'>,
  problems: number,
) {
  const { dryRun, fileName, sha256, rows, imported, alreadyPresent } = report;
  return { dryRun, fileName, sha256, rows, imported, alreadyPresent, problems };
}

/**
 * POST /imports/register?dryRun=true&fileName=<name> (ADMIN; issue 11, item 6): the body is the
 * register file (CSV or XLSX, ≤ 10 MB, sent as application/octet-stream or the file's own type).
 * Answers JSON `{ dryRun, fileName, sha256, rows, imported, alreadyPresent, problems: [{ row,
 * column, messageTh, messageEn }], batchId }`; a real run with problems answers 400 with the same
 * problems in `extensions.problems` and changes nothing. One transaction with its audit entry.
 */
export function registerImportRoute(exposeStatements: boolean): RequestHandler[] {
  const handler: RequestHandler = (req, res) =>
    withStatementTally(async () => {
      const scope = scopeOf(res);
      const dryRun = req.query.dryRun === 'true' || req.query.dryRun === '1';
      const fileName = typeof req.query.fileName === 'string' ? req.query.fileName : 'register';
      const audit = (outcome: string, data: Record<string, unknown>) => ({
        actorId: scope.user?.id ?? null,
        actor: scope.user?.username ?? null,
        action: 'ImportRegister',
        target: null,
        outcome,
        data,
        requestId: scope.requestId,
        ip: req.ip ?? null,
      });
      try {
        const user = requireRole(scope, [Role.ADMIN], importing);
        // No type at all is refused too: a cross-site fetch of a typeless Blob sends none, and asks no preflight.
        const type = req.headers['content-type'] ?? '';
        if (!type || simpleBody.test(type) || !Buffer.isBuffer(req.body)) {
          throw badInput(
            'file',
            'ส่งแฟ้มเป็นข้อมูลดิบ (application/octet-stream) ไม่ใช่แบบฟอร์ม',
            'Send the file as its bytes (application/octet-stream), not as a form',
          );
        }
        const bytes = req.body as Buffer;
        const report = await scope.em.transactional(async (tx) => {
          const result = await importRegister(tx, scope.reference, user, { fileName, bytes }, { dryRun });
          await appendAudit(tx, [audit('OK', auditData(result, result.problems.length))]);
          return result;
        });
        if (exposeStatements) res.setHeader('x-sql-statements', String(statementsSoFar()));
        res.setHeader('cache-control', 'no-store');
        res.json(report);
      } catch (error) {
        if (error instanceof DomainError) {
          // A refusal is on the trail too, committed on its own (the import itself rolled back).
          const problems = Array.isArray(error.details.problems) ? error.details.problems.length : 0;
          await appendAudit(scope.em.fork(), [audit(error.code, { dryRun, fileName, problems })]);
        }
        sendError(res, error);
      }
    });
  return [rawFile, handler];
}

/** GET /imports/register-template.(csv|xlsx) (ADMIN): the template with its Thai headers and two example rows. */
export const registerTemplateRoute: RequestHandler = async (req, res) => {
  const scope = scopeOf(res);
  try {
    requireRole(scope, [Role.ADMIN], importing);
    const table = templateTable();
    res.setHeader('cache-control', 'no-store');
    if (req.params.format === 'csv') {
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', 'attachment; filename="register-template.csv"');
      res.send(toCsv(table));
    } else {
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', 'attachment; filename="register-template.xlsx"');
      res.send(await toXlsx(table, 'ทะเบียนเรื่องร้องเรียน'));
    }
  } catch (error) {
    sendError(res, error);
  }
};
