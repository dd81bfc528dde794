import { tokenReaches } from '../api-tokens/token-reach.js';
import { requireRole, type Caller } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { forbidden } from '../shared/domain-error.js';

const readers = [Role.EXECUTIVE, Role.COMMANDER, Role.CENTER_OFFICER, Role.ADMIN, Role.AUDITOR];
const readStatistics = { th: 'ดูสถิติเรื่องร้องเรียน', en: 'read complaint statistics' };

/**
 * Statistics readers: those roles, or an API token whose scopes reach `what` (the one allow-list,
 * token-reach.ts: a token reaches complaintStatistics only). The GraphQL query and the HTTP
 * exports and documents of the statistics ask the same.
 */
export function requireStatisticsReader(caller: Caller, what: string): void {
  if (caller.authError) throw caller.authError;
  if (caller.apiToken) {
    if (!tokenReaches(caller.apiToken, what)) throw forbidden(readStatistics.th, readStatistics.en);
    return;
  }
  requireRole(caller, readers, readStatistics);
}
