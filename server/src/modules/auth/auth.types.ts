import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { UserView } from './user.view.js';
import { Audited } from '../audit/audited.js';

@InputType()
export class SignInInput {
  @Field(() => String)
  @Audited()
  @MinLength(1)
  @MaxLength(100)
  username!: string;

  @Field(() => String)
  @MinLength(1)
  @MaxLength(1000)
  password!: string;

  // Issue 11, item 3. Never on the audit trail: a text is kept only when @Audited.
  @Field(() => String, {
    nullable: true,
    description: 'The 6-digit code of the authenticator app, or a recovery code, when signIn answered SECOND_FACTOR_REQUIRED',
  })
  @IsOptional()
  @MaxLength(40)
  otp?: string | null;
}

@ObjectType()
export class SignInPayload {
  @Field(() => UserView)
  user!: UserView;
}

@ObjectType()
export class SignOutPayload {
  @Field(() => Boolean)
  ok!: boolean;
}
