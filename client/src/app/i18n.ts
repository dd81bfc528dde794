import { useSyncExternalStore } from 'react';
import { en } from './messages/en';
import { th, type Messages } from './messages/th';

export type Lang = 'th' | 'en';

const catalogues: Record<Lang, Messages> = { th, en };
const storageKey = 'rongrian.lang';
const listeners = new Set<() => void>();

// The language is app-wide state that outlives a session (it is chosen before signing in), so it
// lives in a tiny store read through useSyncExternalStore rather than in a context provider.
let current: Lang = readStoredLang();

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'th';
  } catch {
    // Storage can be blocked (private windows, strict settings); Thai is the office default anyway.
    return 'th';
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function getLang(): Lang {
  return current;
}

/** Puts the current language on <html lang> (screen readers and Thai line breaking rely on it). */
export function syncDocumentLang(): void {
  document.documentElement.lang = current;
  document.title = catalogues[current].appName;
}

export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Not remembered: the choice still holds until the page is reloaded.
  }
  syncDocumentLang();
  listeners.forEach((listener) => listener());
}

/** The current language, its messages and the switch. */
export function useI18n(): { lang: Lang; t: Messages; setLang: (lang: Lang) => void } {
  const lang = useSyncExternalStore(subscribe, getLang);
  return { lang, t: catalogues[lang], setLang };
}
