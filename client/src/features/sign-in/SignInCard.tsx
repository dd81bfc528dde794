import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import './SignInPage.css';

/** The card a person meets before the app opens: signing in, or setting their own password. */
export function SignInCard({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="sign-in">
      <div className="sign-in__language">
        <LanguageSwitch />
      </div>
      <main className="sign-in__card">
        <p className="brand">{t.appName}</p>
        <h1>{title}</h1>
        <p className="sign-in__intro">{intro}</p>
        {children}
      </main>
    </div>
  );
}
