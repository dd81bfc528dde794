import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';

/** The answer to a recorded complaint: its receipt number, and where to go next. */
export function IntakeReceipt({ id, receiptNumber, onAnother }: { id: string; receiptNumber: string; onAnother: () => void }) {
  const { t } = useI18n();
  const i = t.intake;
  return (
    <section className="screen screen--stacked intake">
      <div className="receipt-result" role="status">
        <p>{i.recorded}</p>
        <p className="receipt-result__number" data-testid="receipt-number">
          {i.receipt(receiptNumber)}
        </p>
        <p className="button-row">
          <Link className="button button--primary" to={`/complaints/${id}`}>
            {i.openFile}
          </Link>
          <button type="button" className="button" onClick={onAnother}>
            {i.another}
          </button>
          <Link className="button" to="/board">
            {t.file.back}
          </Link>
        </p>
      </div>
    </section>
  );
}
