import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { usernamePattern } from '@rongrian/schema/input-rules';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Audited } from '../audit/audited.js';
import { notBlank, notBlankMessage } from '../shared/input-checks.js';
import { Role } from './role.js';
import { UserView } from './user.view.js';

@InputType({ description: 'ADMIN: a new account; its temporary password is answered once' })
export class CreateUserInput {
  @Field(() => String)
  @Audited()
  @Matches(usernamePattern, { message: 'username may hold 3 to 50 letters, digits, . _ or -' })
  username!: string;
  @Field(() => String) @Matches(notBlank, { message: notBlankMessage }) @MaxLength(200) displayName!: string;
  @Field(() => [Role]) @ArrayMinSize(1) @ArrayMaxSize(6) roles!: Role[];
  @Field(() => String, { nullable: true }) @Audited() @IsOptional() @MaxLength(50) divisionCode?: string | null;
  @Field(() => ID, { nullable: true }) @Audited() @IsOptional() officialId?: string | null;
}

@InputType({ description: 'ADMIN: changes what is given of an account' })
export class UpdateUserInput {
  @Field(() => String) @Audited() @MaxLength(50) username!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(notBlank, { message: notBlankMessage }) @MaxLength(200) displayName?:
    string | null;
  @Field(() => [Role], { nullable: true }) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(6) roles?: Role[] | null;
  @Field(() => String, { nullable: true }) @Audited() @IsOptional() @MaxLength(50) divisionCode?: string | null;
  @Field(() => ID, { nullable: true }) @Audited() @IsOptional() officialId?: string | null;
}

@InputType({ description: 'ADMIN: a new temporary password for an account; its sessions end' })
export class ResetPasswordInput {
  @Field(() => String) @Audited() @MaxLength(50) username!: string;
}

@InputType()
export class ChangePasswordInput {
  // Never on the audit trail: neither password is @Audited.
  @Field(() => String) @MaxLength(200) currentPassword!: string;
  @Field(() => String) @MaxLength(200) newPassword!: string;
}

@ObjectType('CreateUserPayload')
export class CreateUserPayload {
  @Field(() => UserView) user!: UserView;
  @Field(() => String, { description: 'Shown once: the user must change it at first sign-in' }) temporaryPassword!: string;
}

@ObjectType('UpdateUserPayload')
export class UpdateUserPayload {
  @Field(() => UserView) user!: UserView;
}

@ObjectType('ResetPasswordPayload')
export class ResetPasswordPayload {
  @Field(() => String, { description: 'Shown once' }) temporaryPassword!: string;
}

@ObjectType('ChangePasswordPayload')
export class ChangePasswordPayload {
  @Field(() => Boolean) ok!: boolean;
}
