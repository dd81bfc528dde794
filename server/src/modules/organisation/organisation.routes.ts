import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { ReferenceData } from '../reference/reference-data.js';

/**
 * GET /organisation/emblem?body=<code>: the emblem the letterhead prints, public like every letter
 * that carries it (the sign-in page shows it too). Served as the type read from its bytes, never sniffed.
 */
export function emblemRoute(reference: ReferenceData): RequestHandler {
  // Decoded and hashed once per emblem, not on every sign-in page that shows it.
  let decoded: { dataUrl: string; mediaType: string; bytes: Buffer; etag: string } | undefined;
  const decode = (dataUrl: string) => {
    if (decoded?.dataUrl !== dataUrl) {
      const [, mediaType, base64] = /^data:([^;]+);base64,(.*)$/s.exec(dataUrl)!;
      const bytes = Buffer.from(base64!, 'base64');
      decoded = { dataUrl, mediaType: mediaType!, bytes, etag: `"${createHash('sha256').update(bytes).digest('hex')}"` };
    }
    return decoded;
  };
  return (req, res) => {
    // Issue 13: the body `?body=` names (every body's emblem is as public as its letters), else the caller's.
    const named = typeof req.query.body === 'string' ? reference.organisationByCode(req.query.body) : null;
    const dataUrl = (named ?? reference.organisation).emblemDataUrl;
    res.setHeader('x-content-type-options', 'nosniff');
    if (!dataUrl) {
      res.status(404).type('text/plain').send('ยังไม่มีตราสัญลักษณ์ — no emblem');
      return;
    }
    const { mediaType, bytes, etag } = decode(dataUrl);
    res.setHeader('etag', etag);
    res.setHeader('cache-control', 'no-cache');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.setHeader('content-security-policy', "default-src 'none'");
    res.type(mediaType).send(bytes);
  };
}
