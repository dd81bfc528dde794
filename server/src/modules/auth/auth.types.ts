import { MaxLength, MinLength } from 'class-validator';
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
