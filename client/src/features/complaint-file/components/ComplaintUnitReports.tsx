import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useI18n } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { Instant } from './Instant';

export const ComplaintUnitReportsFragment = graphql(`
  fragment ComplaintUnitReports_complaint on Complaint {
    unitReports {
      division {
        code
        nameTh
        nameEn
      }
      outcome
      findings
      at
    }
  }
`);

/** When the order named several divisions: what each that has reported found (R4.6). */
export function ComplaintUnitReports({ complaint }: { complaint: FragmentType<typeof ComplaintUnitReportsFragment> }) {
  const { t, name } = useI18n();
  const { data: c, complete } = useFragment({ fragment: ComplaintUnitReportsFragment, from: complaint });
  if (!complete || c.unitReports.length === 0) return null;
  return (
    <>
      <h2>{t.file.unitReports}</h2>
      <ul>
        {c.unitReports.map((report) => (
          <li key={report.division.code} data-division={report.division.code}>
            {name(report.division)} · {t.outcomes[report.outcome]} · <Instant value={report.at} />
            <p className="prose">{report.findings}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
