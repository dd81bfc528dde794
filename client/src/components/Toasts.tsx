import { useI18n } from '../app/i18n';
import { dismissToast, useToasts } from '../app/toasts';
import './Toasts.css';

export function Toasts() {
  const toasts = useToasts();
  const { t } = useI18n();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.tone}`} data-tone={toast.tone}>
          <span>{toast.text}</span>
          <button type="button" className="toast__close" onClick={() => dismissToast(toast.id)} aria-label={t.common.close}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
