import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import express, { type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/** Vite names every file under assets/ by a hash of its content: it never changes under that name. */
const hashedAssets = `${sep}assets${sep}`;

/**
 * The built web app at /, with an SPA fallback: any other GET is its index.html, which the app's
 * router reads. Without a build (`npm run build`) only the API is served.
 *
 * Issue 15, item 4: the build writes each text file beside a brotli (.br) and a gzip (.gz) copy
 * (client/vite.config.ts); the one the browser accepts is sent with its `Content-Encoding`, so no
 * request compresses them again (the index, under 1 KiB, is sent as it is). Hashed assets are cached for a year as immutable; the rest (the
 * index, the icons) is revalidated.
 */
export function webApp(config: Pick<Config, 'clientDist'>, logger: Logger): Router {
  const router = express.Router();
  const indexHtml = join(config.clientDist, 'index.html');
  if (!existsSync(indexHtml)) {
    logger.warn({ clientDist: config.clientDist }, 'the web app is not built (npm run build); serving the API only');
    return router;
  }
  router.use(
    expressStaticGzip(config.clientDist, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        setHeaders: (res, path) => {
          const immutable = path.includes(hashedAssets);
          res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      },
    }),
  );
  router.get('/{*splat}', (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return router;
}
