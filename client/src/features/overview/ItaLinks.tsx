import { useI18n } from '../../app/i18n';

/**
 * Issue 14, item 6: the fiscal year's ITA pages, public at permanent addresses (O18 the manual, O19
 * the statistics, each as HTML and PDF), their archive, and the memo to the Nayok (signed in). The
 * public links name the body (`?body=`), as a website linking to them does.
 */
export function ItaLinks({ fiscalYear, body }: { fiscalYear: number; body: string | null }) {
  const { t } = useI18n();
  const o = t.overview.ita;
  const named = body ? `?body=${encodeURIComponent(body)}` : '';
  const links: [string, string][] = [
    [`/ita/${fiscalYear}/o18${named}`, o.o18(fiscalYear)],
    [`/ita/${fiscalYear}/o18.pdf${named}`, o.o18Pdf(fiscalYear)],
    [`/ita/${fiscalYear}/o19${named}`, o.o19(fiscalYear)],
    [`/ita/${fiscalYear}/o19.pdf${named}`, o.o19Pdf(fiscalYear)],
    [`/ita/${fiscalYear}/archive${named}`, o.archive(fiscalYear)],
    [`/ita/${fiscalYear}/memo`, o.memo(fiscalYear)],
    [`/ita/${fiscalYear}/memo.pdf`, o.memoPdf(fiscalYear)],
  ];
  return (
    <>
      {links.map(([href, label]) => (
        <li key={href}>
          <a href={href} target="_blank" rel="noopener">
            {label}
          </a>
        </li>
      ))}
    </>
  );
}
