import express, { type Router } from 'express';
import type { Health } from '../health-check.js';
import { documentRoutes } from '../modules/documents/document.routes.js';
import { fileRoutes } from '../modules/files/file.routes.js';
import type { FileStore } from '../modules/files/file-store.js';
import type { PdfRenderer } from '../modules/documents/pdf-renderer.js';
import { itaRoutes } from '../modules/ita/ita.routes.js';
import { registerImportRoute, registerTemplateRoute } from '../modules/imports/register-import.routes.js';
import { emblemRoute } from '../modules/organisation/organisation.routes.js';
import { itaCsvRoute, registerExportRoute, statisticsExportRoute } from '../modules/reports/report.routes.js';
import { countStatements, registersRoute } from '../modules/registers/registers.routes.js';
import type { Config } from '../config.js';
import { requestScope, type RequestScopeServices } from './request-scope.js';

/**
 * The plain HTTP routes: /health, and the exports and documents, each after `requestScope` (who
 * calls, and what the route may use), so that a path no route serves authenticates nobody.
 */
export function httpRoutes(
  services: RequestScopeServices & { files: FileStore; config: Pick<Config, 'publicUploadsPerHour'> },
  renderer: PdfRenderer,
  health: () => Promise<Health>,
): Router {
  const router = express.Router();
  // Polled by load balancers and Docker: 503 while the database does not answer (health-check.ts).
  router.get('/health', async (_req, res) => {
    const state = await health();
    res.setHeader('cache-control', 'no-store');
    res.status(state.status === 'ok' ? 200 : 503).json(state);
  });
  router.get('/organisation/emblem', emblemRoute(services.reference));
  const scope = requestScope(services);
  router.get('/reports/ita/:file', scope, itaCsvRoute);
  router.get('/exports/statistics.:format', scope, statisticsExportRoute);
  router.get('/exports/:file', scope, registerExportRoute);
  // Issue 11, item 6: past registers in (ADMIN), and the template they follow.
  router.post('/imports/register', scope, ...registerImportRoute(services.config.env !== 'production'));
  router.get('/imports/register-template.:format', scope, registerTemplateRoute);
  const documents = documentRoutes(renderer, services.config.publicUrl);
  router.get('/documents/complaints/:id/:document', scope, documents.complaintDocument);
  router.get('/documents/notices/:file', scope, documents.noticeDocument);
  router.get('/documents/statistics/:file', scope, documents.statisticsDocument);
  router.get('/documents/issued/:file', scope, documents.issuedDocumentRoute);
  // Issue 14, item 6: the ITA pages (public: no requestScope, a session changes nothing), and the memo.
  const ita = itaRoutes(services, renderer);
  router.get(['/ita/:fiscalYear/memo', '/ita/:fiscalYear/memo.:format'], scope, ita.memo);
  router.get('/ita/:fiscalYear/archive', ita.archive);
  router.get('/ita/:fiscalYear/archive/:file', ita.archivedVersion);
  router.get('/ita/:fiscalYear/:file', ita.page);
  // Issue 14, item 5: the registers of a fiscal year (ทะเบียนหนังสือรับ, ทะเบียนหนังสือส่ง, the complaint register book).
  router.get('/registers/:register/:file', countStatements, scope, registersRoute(renderer, services.config.env !== 'production'));
  // Contract, "The citizen's channel": evidence files (the public form's and the Center's scans).
  const files = fileRoutes({ store: services.files, publicUploadsPerHour: services.config.publicUploadsPerHour });
  router.post('/uploads', scope, files.upload);
  router.get('/files/:id', scope, files.download);
  return router;
}
