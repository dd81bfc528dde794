import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Audited } from '../audit/audited.js';
import { notBlank, notBlankMessage } from '../shared/input-checks.js';
import { OfficialView } from './official.view.js';

@InputType({ description: 'ADMIN: a new official of the body (contract, "Accounts")' })
export class CreateOfficialInput {
  @Field(() => String) @MaxLength(200) @Matches(notBlank, { message: notBlankMessage }) fullName!: string;
  @Field(() => String, { description: 'ตำแหน่ง' }) @MaxLength(200) @Matches(notBlank, { message: notBlankMessage }) position!: string;
  @Field(() => String) @Audited() divisionCode!: string;
}

@InputType({ description: 'ADMIN: changes what is given of an official; `leftOn` records the day they left (null: still serving)' })
export class UpdateOfficialInput {
  @Field(() => ID) @Audited() id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) @Matches(notBlank, { message: notBlankMessage }) fullName?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) @Matches(notBlank, { message: notBlankMessage }) position?: string;
  @Field(() => String, { nullable: true }) @Audited() @IsOptional() divisionCode?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @Audited() @IsOptional() leftOn?: string | null;
}

@ObjectType()
export class OfficialPayload {
  @Field(() => OfficialView) official!: OfficialView;
}
