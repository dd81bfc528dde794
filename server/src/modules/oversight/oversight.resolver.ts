import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { ALL_ORGANISATIONS, inOrganisation } from '../../db/organisation-scope.js';
import type { Context } from '../../graphql/context.js';
import { requireRole, requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { OrganisationView } from '../organisation/organisation.types.js';
import { organisationView } from '../organisation/organisation.service.js';
import { complaintStatistics } from '../reports/statistics.service.js';
import { organisationsOf, overseenBodies } from './oversight.service.js';
import { OrganisationStatistics } from './oversight.types.js';

@Resolver()
export class OversightResolver {
  @Query(() => [OrganisationView], {
    description: "Issue 13: the caller's own body and, for a user of a DISTRICT, PROVINCE or NATIONAL body, every body below it",
  })
  organisations(@Ctx() ctx: Context): OrganisationView[] {
    const user = requireUser(ctx);
    return organisationsOf(ctx.reference, user).map((body) => organisationView(body, false));
  }

  @Query(() => [OrganisationView], {
    description:
      "Issue 13, item 4 (CENTER_OFFICER): the bodies of this deployment a complaint may be referred to (every body but the caller's), by code",
  })
  referralTargets(@Ctx() ctx: Context): OrganisationView[] {
    const user = requireRole(ctx, [Role.CENTER_OFFICER], { th: 'ส่งเรื่องต่อให้หน่วยงานอื่น', en: 'refer complaints to other bodies' });
    return ctx.reference.organisations.filter((body) => body.code !== user.organisationCode).map((body) => organisationView(body, false));
  }

  @Query(() => OrganisationStatistics, {
    description:
      "Issue 13 (OVERSEER): R10 figures of a body below the caller's, at any depth, or with the caller's own code the sum of all of them; FORBIDDEN for any other body",
  })
  async organisationStatistics(
    @Arg('organisationCode', () => String) organisationCode: string,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Ctx() ctx: Context,
    @Arg('quarter', () => Int, { nullable: true }) quarter?: number | null,
  ): Promise<OrganisationStatistics> {
    const user = requireUser(ctx);
    const bodies = overseenBodies(ctx.reference, user, organisationCode);
    // Read across bodies, from the rollups of exactly these (the statement names them: the first wall).
    const figures = await inOrganisation(ALL_ORGANISATIONS, () =>
      complaintStatistics(ctx.em, ctx.reference, fiscalYear, quarter ?? null, null, bodies),
    );
    return {
      organisationCode,
      bodies: bodies.length,
      fiscalYear,
      quarter: quarter ?? null,
      received: figures.received,
      inProgress: figures.inProgress,
      closed: figures.closed,
      notAccepted: figures.notAccepted,
      overdue: figures.deadlineCompliance.reduce((total, rule) => total + rule.overdue, 0),
      deadlineCompliance: figures.deadlineCompliance,
      fromDamrongdhama: figures.fromDamrongdhama,
    };
  }
}
