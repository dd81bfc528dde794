import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import { tokenReaches } from '../api-tokens/token-reach.js';
import { requireRole } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { complaintStatistics } from './statistics.service.js';
import { ComplaintStatistics } from './statistics.types.js';

const readers = [Role.EXECUTIVE, Role.COMMANDER, Role.CENTER_OFFICER, Role.ADMIN, Role.AUDITOR];
const readStatistics = { th: 'ดูสถิติเรื่องร้องเรียน', en: 'read complaint statistics' };

/**
 * Statistics readers: those roles, or an API token whose scopes reach `what` (the one allow-list,
 * token-reach.ts: a token reaches complaintStatistics only).
 */
export function requireStatisticsReader(ctx: Context, what: string): void {
  if (ctx.authError) throw ctx.authError;
  if (ctx.apiToken) {
    if (!tokenReaches(ctx.apiToken, what)) throw forbidden(readStatistics.th, readStatistics.en);
    return;
  }
  requireRole(ctx, readers, readStatistics);
}

@Resolver(() => ComplaintStatistics)
export class StatisticsResolver {
  @Query(() => ComplaintStatistics, {
    description: 'R10: statistics of a Thai fiscal year (B.E.) or quarter. EXECUTIVE, COMMANDER, CENTER_OFFICER, ADMIN, AUDITOR, or a token with STATISTICS.',
  })
  complaintStatistics(
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Ctx() ctx: Context,
    @Arg('quarter', () => Int, { nullable: true }) quarter?: number | null,
  ): Promise<ComplaintStatistics> {
    requireStatisticsReader(ctx, 'Query.complaintStatistics');
    return complaintStatistics(ctx.em, ctx.reference, fiscalYear, quarter ?? null, ctx.user?.officialId ?? null);
  }
}
