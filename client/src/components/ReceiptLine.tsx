import { useI18n } from '../app/i18n';
import './ReceiptLine.css';

/** "เลขรับที่ 12/2569": the number the office knows a complaint by (R5), above its subject. */
export function ReceiptLine({ receiptNumber }: { receiptNumber: string }) {
  const { t } = useI18n();
  return (
    <p className="receipt-line">
      {t.card.receiptNumber} {receiptNumber}
    </p>
  );
}
