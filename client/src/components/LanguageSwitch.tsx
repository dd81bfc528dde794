import { useI18n, type Lang } from '../app/i18n';
import './LanguageSwitch.css';

// Each language is offered in its own words, so these names are the same in both catalogues.
const choices: { lang: Lang; short: string; name: string }[] = [
  { lang: 'th', short: 'TH', name: 'ภาษาไทย' },
  { lang: 'en', short: 'EN', name: 'English' },
];

export function LanguageSwitch() {
  const { lang, t, setLang } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t.language.label}>
      {choices.map((choice) => (
        <button
          key={choice.lang}
          type="button"
          lang={choice.lang}
          title={choice.name}
          aria-pressed={lang === choice.lang}
          onClick={() => setLang(choice.lang)}
        >
          {choice.short}
          <span className="visually-hidden"> {choice.name}</span>
        </button>
      ))}
    </div>
  );
}
