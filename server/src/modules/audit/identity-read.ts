import { formatReceiptNumber } from '../complaints/receipt-number.js';
import type { AuditRecord } from './audit.service.js';

interface Reader {
  user: { id: string; username: string } | null;
  requestId: string;
  ip: string | null;
}

/**
 * Issue 6: a read of a complainant's identity, for the audit trail, whatever carried it: a GraphQL
 * field (over HTTP or a WebSocket), the register export, a form or letter printed.
 */
export function identityRead(reader: Reader, complaint: { id: string; receiptSeq: number; receiptYear: number }, via: string): AuditRecord {
  return {
    actorId: reader.user?.id ?? null,
    actor: reader.user?.username ?? null,
    action: 'IDENTITY_READ',
    target: complaint.id,
    outcome: 'OK',
    data: { receiptNumber: formatReceiptNumber(complaint.receiptSeq, complaint.receiptYear), via },
    requestId: reader.requestId,
    ip: reader.ip,
  };
}
