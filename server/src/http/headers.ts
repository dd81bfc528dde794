import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Issue 6: security headers on every response. No inline scripts or styles anywhere in the web
 * app, so the policy allows none; the WebSocket is same-origin ('self'). (A printed document's page
 * sends its own, narrower policy: document.routes.ts.)
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
