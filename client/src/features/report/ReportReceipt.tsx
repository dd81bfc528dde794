import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import './ReportReceipt.css';

/**
 * Contract, "The citizen's channel": where the QR code leads: /track with the code in the URL
 * fragment only, which a browser never sends to a server or proxy (never a path or query).
 */
export function trackingUrl(origin: string, code: string): string {
  return `${origin}/track#${encodeURIComponent(code)}`;
}

/**
 * The receipt, shown once after sending (issue 12, item 2): the receipt number and the tracking
 * code in the groups the server made (read over the phone), a warning that it is not shown again,
 * a QR code that opens /track with the code, and a printed page that holds just that.
 */
export function ReportReceipt({
  receiptNumber,
  trackingCode,
  onAnother,
}: {
  receiptNumber: string;
  trackingCode: string;
  onAnother: () => void;
}) {
  const { t } = useI18n();
  const r = t.report.receipt;
  const [qr, setQr] = useState<string>();
  const origin = window.location.origin;

  useEffect(() => {
    let current = true;
    QRCode.toDataURL(trackingUrl(origin, trackingCode), { margin: 1, width: 220, errorCorrectionLevel: 'M' }).then(
      (url) => current && setQr(url),
      () => current && setQr(undefined),
    );
    return () => {
      current = false;
    };
  }, [origin, trackingCode]);

  return (
    <section className="report-receipt" aria-labelledby="report-receipt-title" role="status">
      <h1 id="report-receipt-title">{r.title}</h1>
      <dl className="report-receipt__facts">
        <div>
          <dt>{r.number}</dt>
          <dd className="report-receipt__number" data-testid="receipt-number">
            {receiptNumber}
          </dd>
        </div>
        <div>
          <dt>{r.code}</dt>
          <dd className="report-receipt__code" data-testid="tracking-code" aria-label={trackingCode.split('-').join(' ')}>
            {trackingCode.split('-').map((group, index, groups) => (
              <span key={index} className="report-receipt__group">
                {group}
                {index < groups.length - 1 && <span className="report-receipt__dash">-</span>}
              </span>
            ))}
          </dd>
        </div>
      </dl>
      <p className="report-receipt__once">{r.once}</p>
      {qr && (
        <figure className="report-receipt__qr">
          <img src={qr} alt={r.qrAlt} width={220} height={220} data-testid="tracking-qr" />
          <figcaption>{r.qr}</figcaption>
        </figure>
      )}
      <p className="muted">{r.howToTrack(`${origin}/track`)}</p>
      <p className="button-row no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {r.print}
        </button>
        <Link className="button" to={`/track#${encodeURIComponent(trackingCode)}`}>
          {r.track}
        </Link>
        <button type="button" className="button" onClick={() => window.confirm(r.anotherConfirm) && onAnother()}>
          {r.another}
        </button>
      </p>
    </section>
  );
}
