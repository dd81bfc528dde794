import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { ApiToken } from '../modules/api-tokens/api-token.entity.js';
import { BackupRun } from '../modules/backups/backup-run.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { KnownDevice } from '../modules/auth/known-device.entity.js';
import { SignInAttempt } from '../modules/auth/sign-in-attempt.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { Holiday } from '../modules/calendar/holiday.entity.js';
import { Channel } from '../modules/channels/channel.entity.js';
import { Committee } from '../modules/committees/committee.entity.js';
import { CommitteeMember } from '../modules/committees/committee-member.entity.js';
import { Accused } from '../modules/complaints/accused.entity.js';
import { Complainant } from '../modules/complaints/complainant.entity.js';
import { Complaint } from '../modules/complaints/complaint.entity.js';
import { Referral } from '../modules/complaints/referral.entity.js';
import { ComplaintCorrection } from '../modules/complaints/complaint-correction.entity.js';
import { ComplaintEvent } from '../modules/complaints/complaint-event.entity.js';
import { ComplaintUnit } from '../modules/complaints/complaint-unit.entity.js';
import { Evidence } from '../modules/complaints/evidence.entity.js';
import { ReceiptCounter } from '../modules/complaints/receipt-counter.entity.js';
import { UnitReport } from '../modules/complaints/unit-report.entity.js';
import { Deadline } from '../modules/deadlines/deadline.entity.js';
import { DeadlineRule } from '../modules/deadlines/deadline-rule.entity.js';
import { ComplaintRollup } from '../modules/reports/complaint-rollup.entity.js';
import { DeadlineRollup } from '../modules/reports/deadline-rollup.entity.js';
import { HandlingRollup } from '../modules/reports/handling-rollup.entity.js';
import { ReportSnapshot } from '../modules/reports/report-snapshot.entity.js';
import { UnitRollup } from '../modules/reports/unit-rollup.entity.js';
import { Division } from '../modules/divisions/division.entity.js';
import { OutgoingCounter } from '../modules/notices/outgoing-counter.entity.js';
import { IdentityRequest } from '../modules/identity-requests/identity-request.entity.js';
import { ImportBatch } from '../modules/imports/import-batch.entity.js';
import { Notice } from '../modules/notices/notice.entity.js';
import { Official } from '../modules/officials/official.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { RecoveryCode } from '../modules/second-factor/recovery-code.entity.js';
import { SecondFactor } from '../modules/second-factor/second-factor.entity.js';
import { ComplaintMessage } from '../modules/citizen/complaint-message.entity.js';
import { PublicLimit } from '../modules/citizen/public-limit.entity.js';
import { TrackingCode } from '../modules/citizen/tracking-code.entity.js';
import { ProofOfWorkKey } from '../modules/citizen/proof-of-work-key.entity.js';
import { SpentChallenge } from '../modules/citizen/spent-challenge.entity.js';
import { StoredFile } from '../modules/files/stored-file.entity.js';
import { StoredFilePart } from '../modules/files/stored-file-part.entity.js';
import { IssuedDocument } from '../modules/documents/issued-document.entity.js';
import { ItaPublication } from '../modules/ita/ita-publication.entity.js';

/** Every table the migrations build, listed explicitly (no folder scanning at start). */
export const entities = [
  Organisation,
  Channel,
  Division,
  Official,
  User,
  Session,
  Holiday,
  Complaint,
  Referral,
  Complainant,
  Accused,
  Evidence,
  ComplaintUnit,
  UnitReport,
  ComplaintEvent,
  ComplaintCorrection,
  ReceiptCounter,
  Committee,
  CommitteeMember,
  Notice,
  DeadlineRule,
  Deadline,
  ComplaintRollup,
  DeadlineRollup,
  UnitRollup,
  HandlingRollup,
  ReportSnapshot,
  OutgoingCounter,
  AuditEntry,
  SignInAttempt,
  KnownDevice,
  IdentityRequest,
  ApiToken,
  BackupRun,
  SecondFactor,
  RecoveryCode,
  ImportBatch,
  TrackingCode,
  ComplaintMessage,
  SpentChallenge,
  ProofOfWorkKey,
  PublicLimit,
  StoredFile,
  StoredFilePart,
  IssuedDocument,
  ItaPublication,
];
