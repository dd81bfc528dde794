import QRCode from 'qrcode';

/** The tracking page's address and its QR code as an SVG element, for the letters sent by post. */
export interface TrackingPageQr {
  url: string;
  svg: string;
}

/**
 * Issue 12, item 2: `<PUBLIC_URL>/track` as a QR code (qrcode, the same package as the web app's
 * receipt), an inline SVG that Chromium prints sharp at any size; medium error correction, for a
 * letter that was folded into an envelope.
 */
export async function trackingPageQr(url: string): Promise<TrackingPageQr> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { url, svg: svg.replace(/^<\?xml[^>]*>\s*/, '') };
}
