import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './messages/en';
import { th, type Messages } from './messages/th';

export type Lang = 'th' | 'en';

const languages: readonly Lang[] = ['th', 'en'];
const storageKey = 'rongrian.lang';

// The catalogues in messages/ stay the source of truth and are loaded as i18next resources, one
// `translation` namespace per language. Components keep reading them as a typed object
// (`t.board.title`, `t.move.titles[kind]`, `t.board.count(n)`) so every key and every argument is
// checked by the compiler; i18next owns the language state and its change notifications.
const resources = {
  th: { translation: th },
  en: { translation: en },
} satisfies Record<Lang, { translation: Messages }>;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['th'];
  }
}

function isLang(value: string | undefined): value is Lang {
  return (languages as readonly (string | undefined)[]).includes(value);
}

function readStoredLang(): Lang {
  try {
    const stored = localStorage.getItem(storageKey) ?? undefined;
    return isLang(stored) ? stored : 'th';
  } catch {
    // Storage can be blocked (private windows, strict settings); Thai is the office default anyway.
    return 'th';
  }
}

// The language is app-wide state that outlives a session (it is chosen before signing in), so it
// lives in the i18next instance rather than in a context provider. The resources are bundled, so
// initialisation is synchronous and the first render already has its messages.
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: readStoredLang(),
  fallbackLng: 'th',
  supportedLngs: languages,
  defaultNS: 'translation',
  initAsync: false,
  returnObjects: true,
  interpolation: { escapeValue: false }, // React escapes what it renders.
  react: { useSuspense: false },
});

function currentLang(): Lang {
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLang(lang) ? lang : 'th';
}

// The bundle i18next holds is the catalogue object itself (functions included): the store keeps
// the resources it was given, and `resources` above is checked against `Messages` for each language.
function messagesFor(lang: Lang): Messages {
  return i18n.getResourceBundle(lang, 'translation') as Messages;
}

/** Puts the current language on <html lang> (screen readers and Thai line breaking rely on it). */
export function syncDocumentLang(): void {
  const lang = currentLang();
  document.documentElement.lang = lang;
  document.title = messagesFor(lang).appName;
}

i18n.on('languageChanged', () => {
  try {
    localStorage.setItem(storageKey, currentLang());
  } catch {
    // Not remembered: the choice still holds until the page is reloaded.
  }
  if (typeof document !== 'undefined') syncDocumentLang();
});

export function setLang(lang: Lang): void {
  // Resources are bundled, so the change (and its `languageChanged` event) is synchronous.
  void i18n.changeLanguage(lang);
}

/** Anything the reference data names in both languages: a channel, a division, a deadline's rule. */
export type Named = { nameTh: string; nameEn: string };

/** The current language, its messages, the switch, and the name of a `Named` in that language. */
export function useI18n(): { lang: Lang; t: Messages; setLang: (lang: Lang) => void; name: (named: Named) => string } {
  // useTranslation subscribes the component to i18next's `languageChanged` event.
  useTranslation();
  const lang = currentLang();
  return { lang, t: messagesFor(lang), setLang, name: (named) => (lang === 'en' ? named.nameEn : named.nameTh) };
}
