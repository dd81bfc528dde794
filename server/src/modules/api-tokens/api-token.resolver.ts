import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireRole } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service.js';
import { ApiTokenView, CreateApiTokenInput, CreateApiTokenPayload, RevokeApiTokenInput } from './api-token.types.js';

const manageTokens = { th: 'จัดการโทเคนสำหรับหน่วยงานภายนอก', en: 'manage API tokens' };

@Resolver(() => ApiTokenView)
export class ApiTokenResolver {
  @Mutation(() => CreateApiTokenPayload, { description: 'ADMIN: a token for an outside reporting tool, shown once' })
  createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context) {
    const user = requireRole(ctx, [Role.ADMIN], manageTokens);
    return createApiToken(ctx.em, user.id, input);
  }

  @Mutation(() => ApiTokenView, { description: 'ADMIN: ends a token at once' })
  revokeApiToken(@Arg('input', () => RevokeApiTokenInput) input: RevokeApiTokenInput, @Ctx() ctx: Context) {
    requireRole(ctx, [Role.ADMIN], manageTokens);
    return revokeApiToken(ctx.em, input.id);
  }

  @Query(() => [ApiTokenView], { description: 'ADMIN: the tokens, newest first, with their last use' })
  apiTokens(@Ctx() ctx: Context) {
    requireRole(ctx, [Role.ADMIN], manageTokens);
    return listApiTokens(ctx.em);
  }
}
