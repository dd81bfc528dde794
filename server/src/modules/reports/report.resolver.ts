import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireRole } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { IssuedReport, IssueReportInput, ItaPublication } from './report.types.js';
import { issuedReports, issueReport, itaPublication } from './report.service.js';
import { requireStatisticsReader } from './statistics-readers.js';

@Resolver()
export class ReportResolver {
  @Mutation(() => IssuedReport, { description: 'R10: issues the quarterly or yearly report, freezing its figures (CENTER_OFFICER, ADMIN)' })
  issueReport(@Arg('input', () => IssueReportInput) input: IssueReportInput, @Ctx() ctx: Context): Promise<IssuedReport> {
    const user = requireRole(ctx, [Role.CENTER_OFFICER, Role.ADMIN], { th: 'ออกรายงาน', en: 'issue reports' });
    return issueReport(ctx.em, ctx.reference, user, input.fiscalYear, input.quarter ?? null);
  }

  @Query(() => [IssuedReport], { description: 'The reports issued, newest year first, with their frozen figures' })
  issuedReports(
    @Ctx() ctx: Context,
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear?: number | null,
  ): Promise<IssuedReport[]> {
    requireStatisticsReader(ctx, 'Query.issuedReports');
    return issuedReports(ctx.em, ctx.user?.officialId ?? null, fiscalYear);
  }

  @Query(() => ItaPublication, { description: 'The ITA publication of a fiscal year; also as CSV at /reports/ita/<fiscalYear>.csv' })
  itaPublication(@Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() ctx: Context): Promise<ItaPublication> {
    requireStatisticsReader(ctx, 'Query.itaPublication');
    return itaPublication(ctx.em, ctx.reference, fiscalYear, ctx.user?.officialId ?? null);
  }
}
