import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/**
 * The built web app at /, with an SPA fallback: any other GET is its index.html, which the app's
 * router reads. Without a build (`npm run build`) only the API is served.
 */
export function webApp(config: Pick<Config, 'clientDist'>, logger: Logger): Router {
  const router = express.Router();
  const indexHtml = join(config.clientDist, 'index.html');
  if (!existsSync(indexHtml)) {
    logger.warn({ clientDist: config.clientDist }, 'the web app is not built (npm run build); serving the API only');
    return router;
  }
  router.use(express.static(config.clientDist, { index: false, maxAge: '1h' }));
  router.get('/{*splat}', (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return router;
}
