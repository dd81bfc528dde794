import { useState } from 'react';
import { useI18n } from '../app/i18n';
import './ScreenHelp.css';

const storageKey = (screen: string) => `rongrian.help.${screen}`;

function readClosed(screen: string): boolean {
  try {
    return localStorage.getItem(storageKey(screen)) === 'closed';
  } catch {
    // Storage can be blocked: the note is then open each time.
    return false;
  }
}

/**
 * Issue 14, item 7: a screen's short note of what the manual asks at this step (rule ids first),
 * open until the clerk closes it; closed, it stays closed on this browser (localStorage).
 */
export function ScreenHelp({ screen, text }: { screen: string; text: string | undefined }) {
  const h = useI18n().t.help;
  const [closed, setClosed] = useState(() => readClosed(screen));
  if (!text) return null;
  function toggle(next: boolean) {
    setClosed(next);
    try {
      if (next) localStorage.setItem(storageKey(screen), 'closed');
      else localStorage.removeItem(storageKey(screen));
    } catch {
      // Not remembered: nothing else depends on it.
    }
  }
  return (
    <aside className="screen-help" data-testid={`help-${screen}`} aria-label={h.title}>
      <button type="button" className="screen-help__toggle" aria-expanded={!closed} onClick={() => toggle(!closed)}>
        <span aria-hidden="true">ⓘ</span> {h.title}
        <span className="screen-help__action">{closed ? h.show : h.hide}</span>
      </button>
      {!closed && <p className="screen-help__text">{text}</p>}
    </aside>
  );
}
