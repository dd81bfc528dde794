import { formatInstant, officeTimeToInstant } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { formatBytes, type UploadedFile } from './uploads';
import type { ReportValues } from './reportForm';

const present = (s: string) => s.trim() !== '';

/** The complaint as it will be sent, to check before sending (issue 12, item 1). */
export function ReportSummary({ values, files }: { values: ReportValues; files: UploadedFile[] }) {
  const { t, lang } = useI18n();
  const r = t.report;
  const dash = r.none;
  const address = [
    values.houseNumber,
    values.moo && `${r.moo} ${values.moo}`,
    values.tambon,
    values.amphoe,
    values.changwat,
    values.postcode,
  ]
    .filter((part) => part && present(part))
    .join(' ');
  const incidentAt = officeTimeToInstant(values.incidentAt);
  const rows: [string, string][] = [
    [r.subject, values.subject],
    [r.details, values.details],
    [r.incidentAt, incidentAt ? formatInstant(incidentAt, lang) : ''],
    [r.incidentPlace, values.incidentPlace],
    [r.requestedAction, values.requestedAction],
  ];
  const label = (text: string) => text.replace(/\s*\*$/, '');
  return (
    <div className="report-summary" data-testid="report-summary">
      <section className="panel">
        <h2>{r.complaintSection}</h2>
        <dl className="report-summary__facts">
          {rows.map(([name, value]) => (
            <div key={name}>
              <dt>{label(name)}</dt>
              <dd className="report-summary__text">{present(value) ? value.trim() : dash}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="panel">
        <h2>{r.accusedSection}</h2>
        <ol>
          {values.accused.map((a, index) => (
            <li key={index}>{[a.fullName, a.position, a.unit].filter(present).join(', ') || dash}</li>
          ))}
        </ol>
      </section>
      <section className="panel">
        <h2>{r.complainantSection}</h2>
        {values.anonymous ? (
          <>
            <p>{r.summaryAnonymous}</p>
            <p className="report-warning">{r.anonymousWarning}</p>
          </>
        ) : (
          <dl className="report-summary__facts">
            {(
              [
                [r.fullName, values.fullName],
                [r.age, values.age],
                [t.file.address, address],
                [r.phone, values.phone],
                [r.email, values.email],
              ] as const
            ).map(([name, value]) => (
              <div key={name}>
                <dt>{label(name)}</dt>
                <dd>{present(value) ? value.trim() : dash}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section className="panel">
        <h2>{r.evidenceSection}</h2>
        {values.evidence.length === 0 && files.length === 0 ? (
          <p>{dash}</p>
        ) : (
          <ul>
            {values.evidence.map((e, index) => (
              <li key={`e${index}`}>
                {e.description.trim()} ({r.copies}: {e.copies || '1'})
              </li>
            ))}
            {files.map((file) => (
              <li key={file.id}>
                {file.fileName} ({formatBytes(file.bytes, lang)}) <code className="report-summary__hash">{file.sha256}</code>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
