import { ArrayMinSize, ArrayMaxSize, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { notBlank, notBlankMessage } from '../shared/input-checks.js';
import { Audited } from '../audit/audited.js';

export enum ApiScope {
  STATISTICS = 'STATISTICS',
}
registerEnumType(ApiScope, {
  name: 'ApiScope',
  valuesConfig: { STATISTICS: { description: 'complaintStatistics, and nothing else' } },
});

/** The caller behind an API token. */
export interface TokenCaller {
  id: string;
  name: string;
  scopes: ApiScope[];
  /** Issue 13: the body that issued the token; it reads that body's figures only. */
  organisationCode: string;
}

@ObjectType('ApiToken', { description: 'A token an outside reporting tool uses (the secret is never shown again)' })
export class ApiTokenView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => [ApiScope]) scopes!: ApiScope[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String, { description: 'Who uses it, e.g. "อำเภอหนองแค – รายงานไตรมาส"' })
  @Audited()
  @Matches(notBlank, { message: notBlankMessage })
  @MaxLength(200)
  name!: string;

  @Field(() => [ApiScope]) @ArrayMinSize(1) @ArrayMaxSize(10) scopes!: ApiScope[];
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => String, { description: 'The secret: send it as `Authorization: Bearer <token>`. Shown once.' })
  token!: string;

  @Field(() => ApiTokenView) apiToken!: ApiTokenView;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID) @Audited() id!: string;
}
