import { ReceiptLine } from '../../../components/ReceiptLine';
import './ComplaintCard.css';

/** What follows the pointer (or the arrow keys) while a complaint's card is dragged. */
export function ComplaintCardOverlay({ receiptNumber, subject }: { receiptNumber: string; subject: string }) {
  return (
    <div className="complaint-card complaint-card--overlay">
      <ReceiptLine receiptNumber={receiptNumber} />
      <p className="complaint-card__subject">{subject}</p>
    </div>
  );
}
