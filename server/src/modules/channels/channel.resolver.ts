import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Audited, WritesLater } from '../audit/audited.js';
import { requireRole, requireUser } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { Channel } from './channel.entity.js';
import { updateChannel } from './channel.service.js';

@InputType({ description: 'ADMIN: whether the body uses a channel, and its contact for it' })
export class UpdateChannelInput {
  @Field(() => String) @Audited() code!: string;
  @Field(() => Boolean, { nullable: true }) @IsOptional() inUse?: boolean;
  @Field(() => String, { nullable: true, description: 'Empty removes it' }) @IsOptional() @MaxLength(500) contact?: string | null;
}

const manageChannels = { th: 'ตั้งค่าช่องทางรับเรื่อง', en: 'manage the channels' };

@Resolver(() => Channel)
export class ChannelResolver {
  @Query(() => [Channel], { description: 'The channels the body uses (R1), in the order of the manual, with its contacts' })
  channels(@Ctx() ctx: Context) {
    requireUser(ctx);
    return ctx.reference.channelsInUse();
  }

  @Query(() => [Channel], { description: 'ADMIN: all eight standard channels, those not in use too' })
  allChannels(@Ctx() ctx: Context) {
    requireRole(ctx, [Role.ADMIN], manageChannels);
    return [...ctx.reference.channels.values()];
  }

  @Mutation(() => Channel, { description: 'ADMIN: turns a channel on or off for intake, or changes its contact' })
  @WritesLater()
  async updateChannel(@Arg('input', () => UpdateChannelInput) input: UpdateChannelInput, @Ctx() ctx: Context): Promise<Channel> {
    requireRole(ctx, [Role.ADMIN], manageChannels);
    await ctx.write!(() => updateChannel(ctx.em, input));
    await ctx.reference.reload(ctx.standalone);
    return ctx.reference.channel(input.code);
  }
}
