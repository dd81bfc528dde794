import { ALL_ORGANISATIONS, inOrganisation } from '../../db/organisation-scope.js';
import type { CookieOptions } from 'express';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Division } from '../divisions/division.entity.js';
import { findOfficials } from '../officials/official.queries.js';
import { OfficialView } from '../officials/official.view.js';
import { requireUser } from './access.js';
import { checkCredentials, openSession } from './auth.service.js';
import { WritesLater } from '../audit/audited.js';
import { SignInInput, SignInPayload, SignOutPayload } from './auth.types.js';
import { deviceCookieName, deviceTokenOf } from './authenticate.js';
import { endSession, sessionCookieName } from './session.service.js';
import { ChangePasswordInput, ChangePasswordPayload } from './account.types.js';
import { changePassword } from './accounts.service.js';
import { UserView } from './user.view.js';

function cookieOptions(ctx: Context): CookieOptions {
  const secure = ctx.config.cookieSecure === 'auto' ? Boolean(ctx.http?.req.secure) : ctx.config.cookieSecure;
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
}

@Resolver(() => UserView)
export class AuthResolver {
  @Mutation(() => SignInPayload, { description: 'Signs in and sets the HttpOnly session cookie' })
  @WritesLater()
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<SignInPayload> {
    const deviceToken = deviceTokenOf(ctx.http?.req.headers.cookie);
    // Counted and checked outside any transaction (issue 9, items 9 and 10) …
    const user = await checkCredentials(ctx.standalone, {
      username: input.username,
      password: input.password,
      ip: ctx.http?.req.ip ?? null,
      deviceToken,
      otp: input.otp ?? null,
      secondFactorKey: ctx.config.secondFactorKey,
    });
    // … then the session opens in one transaction with the sign-in's audit entry (item 7), in the
    // user's body (issue 13): a scope of its own, the request's other fields stay in the caller's.
    const opened = await inOrganisation(user.organisationCode, () =>
      ctx.write!(async () => {
        // A new session id at every sign-in: a session fixed before sign-in is never promoted,
        // whichever body it was of (session tokens are one namespace, like usernames).
        if (ctx.sessionToken) await inOrganisation(ALL_ORGANISATIONS, () => endSession(ctx.em, ctx.sessionToken!));
        return { user, ...(await openSession(ctx.em, user, ctx.config.sessionTtlHours, deviceToken)) };
      }),
    );
    ctx.http?.res.cookie(sessionCookieName, opened.token, { ...cookieOptions(ctx), expires: opened.expiresAt });
    // Issue 9, item 10: this browser is a known device of the user's, for a year.
    ctx.http?.res.cookie(deviceCookieName, opened.deviceToken, { ...cookieOptions(ctx), maxAge: 365 * 86_400_000 });
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

  @FieldResolver(() => Date, {
    nullable: true,
    description: "ADMIN's `users` list: when the account last signed in; null elsewhere or never",
  })
  lastSignInAt(@Root() user: UserView): Date | null {
    return user.lastSignInAt ?? null;
  }

  @FieldResolver(() => Boolean)
  mustChangePassword(@Root() user: UserView): boolean {
    return user.mustChangePassword ?? false;
  }

  @FieldResolver(() => Boolean, { description: 'Issue 11: sign-in asks this account for a code from an authenticator app' })
  secondFactorEnabled(@Root() user: UserView): boolean {
    return user.secondFactorEnabled ?? false;
  }

  @FieldResolver(() => Boolean, {
    description: 'The organisation requires two-factor sign-in of this account and it is not on: only me, the enrolment and signOut answer',
  })
  mustEnrolSecondFactor(@Root() user: UserView): boolean {
    return user.mustEnrolSecondFactor ?? false;
  }

  /** A signed-in user's account is active; ADMIN's list says for each. */
  @FieldResolver(() => Boolean)
  active(@Root() user: UserView): boolean {
    return user.active ?? true;
  }

  @Mutation(() => ChangePasswordPayload, {
    description: "Every user: a new password (contract rules); a temporary one must be changed first. Ends the user's other sessions",
  })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ): Promise<ChangePasswordPayload> {
    const user = requireUser(ctx);
    await changePassword(ctx.em, user.id, input.currentPassword, input.newPassword, ctx.sessionToken);
    return { ok: true };
  }

  @FieldResolver(() => Division, { nullable: true })
  division(@Root() user: UserView, @Ctx() ctx: Context) {
    return user.divisionCode ? ctx.reference.division(user.divisionCode) : null;
  }

  @FieldResolver(() => OfficialView, { nullable: true, description: 'The official this user is' })
  async official(@Root() user: UserView, @Ctx() ctx: Context): Promise<OfficialView | null> {
    if (user.official !== undefined) return user.official;
    if (!user.officialId) return null;
    const [official] = await findOfficials(ctx.em, [user.officialId]);
    return official ?? null;
  }
}
