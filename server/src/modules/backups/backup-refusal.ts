/**
 * A backup or restore that cannot go on, said so that the administrator can act on it (Thai first,
 * then English). The CLIs print it and exit non-zero; the nightly job records it as the run's error.
 */
export class BackupRefusal extends Error {
  constructor(
    readonly messageTh: string,
    readonly messageEn: string,
  ) {
    super(`${messageTh} — ${messageEn}`);
  }
}
