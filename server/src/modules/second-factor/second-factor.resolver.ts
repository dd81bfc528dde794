import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireRole, requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { sessionUserOf } from '../auth/session-user.js';
import type { UserView } from '../auth/user.view.js';
import {
  beginEnrolment,
  confirmEnrolment,
  disableSecondFactor,
  resetSecondFactor,
  secondFactorRequired,
  setSecondFactorRequired,
} from './second-factor.service.js';
import { rolesRequiringSecondFactor } from './second-factor.queries.js';
import {
  ConfirmSecondFactorInput,
  ConfirmSecondFactorPayload,
  DisableSecondFactorInput,
  DisableSecondFactorPayload,
  ResetSecondFactorInput,
  ResetSecondFactorPayload,
  SecondFactorEnrolment,
  SecondFactorPolicy,
} from './second-factor.types.js';
import { totpClock } from './totp.js';

const manageSecondFactor = { th: 'กำหนดหรือล้างการยืนยันตัวตนสองขั้นตอนของผู้อื่น', en: "manage other accounts' two-factor sign-in" };

/** Issue 11, item 3: two-factor sign-in (TOTP) of one's own account, and ADMIN's rule and reset. */
@Resolver()
export class SecondFactorResolver {
  @Mutation(() => SecondFactorEnrolment, {
    description: 'Every user: a new TOTP secret for an authenticator app, in force only once confirmSecondFactor gets a valid code',
  })
  beginSecondFactorEnrolment(@Ctx() ctx: Context): Promise<SecondFactorEnrolment> {
    const user = requireUser(ctx);
    const issuer = ctx.reference.organisation.nameTh ? `Rongrian ${ctx.reference.organisation.nameTh}` : 'Rongrian';
    return beginEnrolment(ctx.em, user, ctx.config.secondFactorKey, issuer);
  }

  @Mutation(() => ConfirmSecondFactorPayload, {
    description: 'Every user: turns two-factor sign-in on with a valid code, and answers recovery codes, shown once',
  })
  async confirmSecondFactor(
    @Arg('input', () => ConfirmSecondFactorInput) input: ConfirmSecondFactorInput,
    @Ctx() ctx: Context,
  ): Promise<ConfirmSecondFactorPayload> {
    const user = requireUser(ctx);
    const recoveryCodes = await confirmEnrolment(ctx.em, user, input.code, ctx.config.secondFactorKey, totpClock.now());
    return { recoveryCodes, user: { ...user, secondFactorEnabled: true, mustEnrolSecondFactor: false } };
  }

  @Mutation(() => DisableSecondFactorPayload, { description: 'Every user: turns their two-factor sign-in off, with their password' })
  async disableSecondFactor(
    @Arg('input', () => DisableSecondFactorInput) input: DisableSecondFactorInput,
    @Ctx() ctx: Context,
  ): Promise<DisableSecondFactorPayload> {
    const user = requireUser(ctx);
    await disableSecondFactor(ctx.em, user, input.currentPassword);
    return { user: { ...user, secondFactorEnabled: false } };
  }

  @Mutation(() => ResetSecondFactorPayload, {
    description: "ADMIN: removes an account's second factor and recovery codes (a lost phone) and ends its sessions",
  })
  async resetSecondFactor(
    @Arg('input', () => ResetSecondFactorInput) input: ResetSecondFactorInput,
    @Ctx() ctx: Context,
  ): Promise<ResetSecondFactorPayload> {
    requireRole(ctx, [Role.ADMIN], manageSecondFactor);
    const user: UserView = { ...sessionUserOf(await resetSecondFactor(ctx.em, input.username)), secondFactorEnabled: false };
    return { user };
  }

  @Query(() => SecondFactorPolicy, { description: "Every signed-in user: the organisation's rule for two-factor sign-in" })
  async secondFactorPolicy(@Ctx() ctx: Context): Promise<SecondFactorPolicy> {
    requireUser(ctx);
    return { required: await secondFactorRequired(ctx.em), roles: [...rolesRequiringSecondFactor] };
  }

  @Mutation(() => SecondFactorPolicy, {
    description: 'ADMIN: requires (or no longer requires) two-factor sign-in of ADMIN and CENTER_OFFICER accounts',
  })
  async setSecondFactorRequired(@Arg('required', () => Boolean) required: boolean, @Ctx() ctx: Context): Promise<SecondFactorPolicy> {
    const admin = requireRole(ctx, [Role.ADMIN], { th: 'กำหนดนโยบายการยืนยันตัวตนสองขั้นตอน', en: 'set the two-factor sign-in rule' });
    return { required: await setSecondFactorRequired(ctx.em, admin, required), roles: [...rolesRequiringSecondFactor] };
  }
}
