import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireUser } from '../auth/access.js';
import { Division } from './division.entity.js';

@Resolver(() => Division)
export class DivisionResolver {
  @Query(() => [Division], { description: 'The divisions of the organisation' })
  divisions(@Ctx() ctx: Context) {
    requireUser(ctx);
    return [...ctx.reference.divisions.values()];
  }
}
