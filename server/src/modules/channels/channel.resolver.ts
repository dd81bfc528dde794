import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireUser } from '../auth/access.js';
import { Channel } from './channel.entity.js';

@Resolver(() => Channel)
export class ChannelResolver {
  @Query(() => [Channel], { description: 'The channels complaints arrive through (R1), in the order of the manual' })
  channels(@Ctx() ctx: Context) {
    requireUser(ctx);
    return [...ctx.reference.channels.values()];
  }
}
