import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import './SignInPage.css';

export interface CardOrganisation {
  nameTh: string;
  nameEn: string;
  emblemUrl?: string | null;
}

/** The card a person meets before the app opens: signing in, setting their own password, or setting the body up. */
export function SignInCard({
  title,
  intro,
  organisation,
  wide = false,
  children,
}: {
  title: string;
  intro: string;
  /** The body the card belongs to, named above the title (issue 11: the body, never the demo's). */
  organisation?: CardOrganisation;
  wide?: boolean;
  children: ReactNode;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="sign-in">
      <div className="sign-in__language">
        <LanguageSwitch />
      </div>
      <main className={wide ? 'sign-in__card sign-in__card--wide' : 'sign-in__card'}>
        {organisation && (
          <div className="sign-in__organisation">
            {organisation.emblemUrl && <img src={organisation.emblemUrl} alt="" />}
            <p>{lang === 'en' ? organisation.nameEn : organisation.nameTh}</p>
          </div>
        )}
        <p className="brand">{t.appName}</p>
        <h1>{title}</h1>
        <p className="sign-in__intro">{intro}</p>
        {children}
      </main>
    </div>
  );
}
