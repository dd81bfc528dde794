import { describeError } from '../../app/errors';
import { formatInstant } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { useNow } from '../../app/now';
import { Banner } from '../../components/Banner';
import type { FragmentType } from '@apollo/client';
import { useFragment, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { backupTone, dailyTime } from './backupTone';
import { useRunBackup } from './useRunBackup';
import './BackupStatusPanel.css';

export const BackupStatusPanelFragment = graphql(`
  fragment BackupStatusPanel_status on BackupStatus {
    lastSucceededAt
    lastFile
    lastBytes
    lastSha256
    lastAttemptAt
    lastError
    keep
    directory
    schedule
  }
`);

const BackupStatusPanelQuery = graphql(`
  query BackupStatusPanelQuery {
    backupStatus {
      ...BackupStatusPanel_status
    }
  }
`);

/**
 * ADMIN: when the last backup succeeded (issue 11, item 7), in the warning tone when it is older than
 * two days or the last attempt failed, with "back up now". Placed on the admin page by the lead; for
 * now on /admin/backups.
 */
export function BackupStatusPanel({ titled = true }: { titled?: boolean }) {
  const { t } = useI18n();
  const { data, error, loading } = useQuery(BackupStatusPanelQuery);
  if (error)
    return (
      <Banner tone="error" title={t.backups.title}>
        {describeError(error, t.common)}
      </Banner>
    );
  if (loading || !data) return <Banner title={t.common.loading} />;
  return <BackupStatusView status={data.backupStatus} titled={titled} />;
}

/** `titled`: with its own heading (standalone); without, under the heading of the page it sits in (the admin page's tab). */
export function BackupStatusView({ status: masked, titled }: { status: FragmentType<typeof BackupStatusPanelFragment>; titled: boolean }) {
  const { t, lang } = useI18n();
  const { data: status, complete } = useFragment({ fragment: BackupStatusPanelFragment, from: masked });
  const now = useNow();
  const [runBackup, { loading: running, error: runError }] = useRunBackup();
  if (!complete) return null;
  const tone = backupTone(status, now);
  const at = (iso: string) => formatInstant(iso, lang);
  const time = status.schedule ? dailyTime(status.schedule) : null;

  return (
    <section
      className={`backup-status backup-status--${tone}${titled ? '' : ' backup-status--inside'}`}
      aria-labelledby={titled ? 'backup-status-title' : undefined}
      aria-label={titled ? undefined : t.backups.title}
      data-tone={tone}
    >
      {titled && (
        <h2 id="backup-status-title" className="backup-status__title">
          {t.backups.title}
        </h2>
      )}
      <p className="backup-status__headline" role={tone === 'ok' ? 'status' : 'alert'}>
        {status.lastSucceededAt ? t.backups.lastSucceeded(at(status.lastSucceededAt)) : t.backups.never}
      </p>
      {tone === 'failed' && status.lastAttemptAt && (
        <p className="backup-status__problem">
          {t.backups.failed(at(status.lastAttemptAt))} <span className="backup-status__reason">{status.lastError}</span>
        </p>
      )}
      {tone === 'stale' && status.lastSucceededAt && <p className="backup-status__problem">{t.backups.stale}</p>}
      <dl className="backup-status__facts">
        {status.lastFile && (
          <>
            <dt>{t.backups.file}</dt>
            <dd className="backup-status__file">{status.lastFile}</dd>
            <dt>{t.backups.size}</dt>
            <dd>{t.backups.megabytes((status.lastBytes ?? 0) / 1024 / 1024)}</dd>
            <dt>SHA-256</dt>
            <dd className="backup-status__hash">{status.lastSha256}</dd>
          </>
        )}
        <dt>{t.backups.directory}</dt>
        <dd className="backup-status__file">{status.directory}</dd>
        <dt>{t.backups.scheduleLabel}</dt>
        <dd>
          {status.schedule ? (time ? t.backups.nightly(time) : status.schedule) : t.backups.scheduleOff} · {t.backups.keep(status.keep)}
        </dd>
      </dl>
      <p className="backup-status__hint">{t.backups.copyHint}</p>
      <div className="backup-status__actions">
        <button className="button button--primary" type="button" disabled={running} onClick={() => void runBackup().catch(() => undefined)}>
          {running ? t.backups.running : t.backups.runNow}
        </button>
        {runError && (
          <p className="backup-status__problem" role="alert">
            {describeError(runError, t.common)}
          </p>
        )}
      </div>
    </section>
  );
}
