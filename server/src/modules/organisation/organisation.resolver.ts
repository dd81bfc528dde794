import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { WritesLater } from '../audit/audited.js';
import { requireRole } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { DomainError } from '../shared/domain-error.js';
import { parseOrganisationFileText } from './organisation-file.js';
import { organisationView, setEmblem, updateOrganisation } from './organisation.service.js';
import {
  OrganisationView,
  SetEmblemInput,
  SetUpOrganisationInput,
  SetUpOrganisationPayload,
  UpdateOrganisationInput,
} from './organisation.types.js';
import { fileRefused, setUpOrganisation } from './setup.service.js';

const manageOrganisation = { th: 'แก้ไขข้อมูลหน่วยงาน', en: "change the body's profile" };

const noFirstRun = () =>
  new DomainError(
    'FORBIDDEN',
    'รหัสตั้งค่าไม่ถูกต้อง ใช้รหัสที่ขึ้นในบันทึกของเซิร์ฟเวอร์ (log) ตอนเริ่มโปรแกรม',
    "The set-up token is wrong: use the one the server's log printed at start",
    { field: 'token' },
  );

@Resolver(() => OrganisationView)
export class OrganisationResolver {
  @Query(() => OrganisationView, {
    nullable: true,
    description: 'The body this installation serves; null until it is set up. Answered without signing in (it is on every letter).',
  })
  organisation(@Ctx() ctx: Context): OrganisationView | null {
    const profile = ctx.reference.organisationOrNull;
    return profile ? organisationView(profile, ctx.user !== null) : null;
  }

  @Query(() => Boolean, {
    description:
      'No body is set up on this deployment yet: the web app opens on the first-run page (issue 11). Answered without signing in. Issue 13: on a deployment of several bodies `organisation` is null for a caller whose page names none, while this is false.',
  })
  firstRunPending(@Ctx() ctx: Context): boolean {
    return ctx.reference.organisations.length === 0;
  }

  @FieldResolver(() => OrganisationView, {
    nullable: true,
    description: 'Issue 13: the oversight body above, when it is on this deployment',
  })
  parent(@Root() organisation: OrganisationView, @Ctx() ctx: Context): OrganisationView | null {
    const parent = organisation.parentCode ? ctx.reference.organisationByCode(organisation.parentCode) : null;
    return parent ? organisationView(parent, false) : null;
  }

  @Mutation(() => SetUpOrganisationPayload, {
    description:
      'The first-run page (issue 11): sets the body up from a set-up file, with the one-time token printed in the log at start. Refused once a body is set up.',
  })
  @WritesLater()
  async setUpOrganisation(
    @Arg('input', () => SetUpOrganisationInput) input: SetUpOrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<SetUpOrganisationPayload> {
    if (!ctx.firstRun.matches(input.token)) throw noFirstRun();
    const parsed = parseOrganisationFileText(input.file);
    if (!parsed.ok) throw fileRefused(parsed.problems);
    const summary = await ctx.write!(() => setUpOrganisation(ctx.em, parsed.value));
    ctx.firstRun.retire();
    await ctx.reference.reload(ctx.standalone);
    ctx.logger.info({ organisation: summary.code, admin: summary.admin }, 'the body is set up from the first-run page');
    // Issue 13: the body it set up (the request itself stays the anonymous caller's).
    return { ...summary, organisation: organisationView(ctx.reference.organisationByCode(summary.code)!, false) };
  }

  @Mutation(() => OrganisationView, { description: "ADMIN: changes the body's name, address, phone, website, page or signers" })
  @WritesLater()
  async updateOrganisation(
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<OrganisationView> {
    requireRole(ctx, [Role.ADMIN], manageOrganisation);
    await ctx.write!(() => updateOrganisation(ctx.em, input));
    await ctx.reference.reload(ctx.standalone);
    return organisationView(ctx.reference.organisation, true);
  }

  @Mutation(() => OrganisationView, { description: 'ADMIN: the emblem printed on the letterhead (PNG or JPEG), or none' })
  @WritesLater()
  async setEmblem(@Arg('input', () => SetEmblemInput) input: SetEmblemInput, @Ctx() ctx: Context): Promise<OrganisationView> {
    requireRole(ctx, [Role.ADMIN], manageOrganisation);
    await ctx.write!(() => setEmblem(ctx.em, input));
    await ctx.reference.reload(ctx.standalone);
    return organisationView(ctx.reference.organisation, true);
  }
}
