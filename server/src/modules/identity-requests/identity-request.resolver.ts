import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireRole, requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { decideIdentityRequest, identityRequests, requestIdentity } from './identity-request.service.js';
import { DecideIdentityRequestInput, IdentityRequestView, RequestIdentityInput } from './identity-request.types.js';

@Resolver(() => IdentityRequestView)
export class IdentityRequestResolver {
  @Mutation(() => IdentityRequestView, { description: "An investigator asks to see the complainant's identity, with a reason" })
  requestIdentity(@Arg('input', () => RequestIdentityInput) input: RequestIdentityInput, @Ctx() ctx: Context) {
    return requestIdentity(ctx.em, requireUser(ctx), input.complaintId, input.reason);
  }

  @Mutation(() => IdentityRequestView, { description: 'COMMANDER: approves (for a limited time) or refuses a request' })
  decideIdentityRequest(@Arg('input', () => DecideIdentityRequestInput) input: DecideIdentityRequestInput, @Ctx() ctx: Context) {
    const user = requireRole(ctx, [Role.COMMANDER], { th: 'อนุมัติการขอดูข้อมูลผู้ร้องเรียน', en: 'decide identity requests' });
    return decideIdentityRequest(ctx.em, user, input.requestId, input.approve, input.hours ?? 72);
  }

  @Query(() => [IdentityRequestView], {
    description: 'Identity requests about a complaint (commanders and the Center: all; others: their own)',
  })
  identityRequests(@Arg('complaintId', () => ID) complaintId: string, @Ctx() ctx: Context) {
    return identityRequests(ctx.em, requireUser(ctx), complaintId);
  }
}
