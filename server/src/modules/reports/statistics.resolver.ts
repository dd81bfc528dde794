import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireStatisticsReader } from './statistics-readers.js';
import { complaintStatistics } from './statistics.service.js';
import { ComplaintStatistics } from './statistics.types.js';

@Resolver(() => ComplaintStatistics)
export class StatisticsResolver {
  @Query(() => ComplaintStatistics, {
    description:
      'R10: statistics of a Thai fiscal year (B.E.) or quarter. EXECUTIVE, COMMANDER, CENTER_OFFICER, ADMIN, AUDITOR, or a token with STATISTICS.',
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
