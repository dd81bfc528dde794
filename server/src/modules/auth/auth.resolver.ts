import type { CookieOptions } from 'express';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Division } from '../divisions/division.entity.js';
import { findOfficials } from '../officials/official.queries.js';
import { OfficialView } from '../officials/official.view.js';
import { requireUser } from './access.js';
import { signIn } from './auth.service.js';
import { SignInInput, SignInPayload, SignOutPayload } from './auth.types.js';
import { endSession, sessionCookieName } from './session.service.js';
import { UserView } from './user.view.js';

function cookieOptions(ctx: Context): CookieOptions {
  const secure = ctx.config.cookieSecure === 'auto' ? Boolean(ctx.http?.req.secure) : ctx.config.cookieSecure;
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
}

@Resolver(() => UserView)
export class AuthResolver {
  @Mutation(() => SignInPayload, { description: 'Signs in and sets the HttpOnly session cookie' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    // A new session id at every sign-in: a session fixed before sign-in is never promoted.
    if (ctx.sessionToken) await endSession(ctx.em, ctx.sessionToken);
    const { user, token, expiresAt } = await signIn(ctx.em, input.username, input.password, ctx.config.sessionTtlHours, ctx.http?.req.ip ?? null);
    ctx.http?.res.cookie(sessionCookieName, token, { ...cookieOptions(ctx), expires: expiresAt });
    ctx.logger.info({ userId: user.id }, 'signed in');
    return { user };
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the session and clears its cookie' })
  async signOut(@Ctx() ctx: Context): Promise<SignOutPayload> {
    if (ctx.sessionToken) await endSession(ctx.em, ctx.sessionToken);
    ctx.http?.res.clearCookie(sessionCookieName, cookieOptions(ctx));
    return { ok: true };
  }

  @Query(() => UserView, { nullable: true, description: 'The signed-in user' })
  me(@Ctx() ctx: Context): UserView {
    return requireUser(ctx);
  }

  @FieldResolver(() => Division, { nullable: true })
  division(@Root() user: UserView, @Ctx() ctx: Context) {
    return user.divisionCode ? ctx.reference.division(user.divisionCode) : null;
  }

  @FieldResolver(() => OfficialView, { nullable: true, description: 'The official this user is' })
  async official(@Root() user: UserView, @Ctx() ctx: Context): Promise<OfficialView | null> {
    if (!user.officialId) return null;
    const [official] = await findOfficials(ctx.em, [user.officialId]);
    return official ?? null;
  }
}
