import { ALL_ORGANISATIONS, inOrganisation } from '../../db/organisation-scope.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireRole } from '../auth/access.js';
import { Role } from '../auth/role.js';
import { AuditEntry } from './audit-entry.entity.js';
import { verifyAuditChain } from './audit.service.js';

@ObjectType({ description: "The result of recomputing the audit trail's hash chain" })
export class AuditChainCheck {
  @Field(() => Int) entries!: number;
  @Field(() => Boolean) valid!: boolean;
  @Field(() => ID, { nullable: true, description: 'The first entry whose hash or link does not match' }) firstBrokenId!: string | null;
  @Field(() => String, { nullable: true, description: 'The newest hash: keep a copy outside the database' }) head!: string | null;
}

@ObjectType('AuditEntry', { description: 'Who did what, when, from where' })
export class AuditEntryView {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { nullable: true }) actor!: string | null;
  @Field(() => String) action!: string;
  @Field(() => String, { nullable: true }) target!: string | null;
  @Field(() => String) outcome!: string;
  @Field(() => GraphQLJSONObject) data!: Record<string, unknown>;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String) hash!: string;
}

const auditors = [Role.ADMIN, Role.AUDITOR];
const readAudit = { th: 'ดูบันทึกการตรวจสอบ', en: 'read the audit trail' };

/**
 * Issue 9, item 2: entries written before the fix kept a mutation's variables, the complainant's
 * name among them. They stay in the chain (it must verify), but their variables are never shown.
 */
function shown(data: Record<string, unknown>): Record<string, unknown> {
  if (!('variables' in data)) return data;
  const { variables: _withheld, ...rest } = data;
  return { ...rest, withheld: ['variables'] };
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditChainCheck, { description: "ADMIN, AUDITOR: recomputes the audit trail's hash chain" })
  async auditChain(@Ctx() ctx: Context): Promise<AuditChainCheck> {
    requireRole(ctx, auditors, readAudit);
    // Issue 13: the trail is one chain over every body; checking it reads hashes, not entries.
    const check = await inOrganisation(ALL_ORGANISATIONS, () => verifyAuditChain(ctx.em));
    return { ...check, valid: check.firstBrokenId === null };
  }

  @Query(() => [AuditEntryView], { description: 'ADMIN, AUDITOR: the newest audit entries, about one target if given' })
  async auditEntries(
    @Ctx() ctx: Context,
    @Arg('target', () => String, { nullable: true }) target?: string | null,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit = 100,
  ): Promise<AuditEntryView[]> {
    requireRole(ctx, auditors, readAudit);
    // Read, never managed: nothing may ever flush a change to an entry (the table refuses UPDATE).
    // Issue 13: the caller's body's entries; those of no body (the first-run page, a sign-in of an
    // unknown name) too while the deployment holds one body, whose they then are.
    const body = ctx.user?.organisationCode ?? null;
    const ofBody =
      ctx.reference.organisations.length === 1
        ? { $or: [{ organisationCode: body }, { organisationCode: null }] }
        : { organisationCode: body };
    const found = await inOrganisation(ALL_ORGANISATIONS, () =>
      ctx.em.find(AuditEntry, target ? { $and: [ofBody, { target }] } : ofBody, {
        orderBy: { id: 'desc' },
        limit: Math.min(Math.max(limit, 1), 1000),
        disableIdentityMap: true,
      }),
    );
    return found.map((entry) => ({ ...entry, data: shown(entry.data) }));
  }
}
