import { Field, ID, ObjectType } from 'type-graphql';
import { Division } from '../divisions/division.entity.js';
import type { OfficialView } from '../officials/official.view.js';
import { Role } from './role.js';

@ObjectType('User', { description: 'A person who signs in' })
export class UserView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => Division, { nullable: true })
  division?: Division | null;

  /** Whether the account may sign in (resolved by AuthResolver). */
  active?: boolean;

  /** Signed in with a temporary password, which must be changed first (resolved by AuthResolver). */
  mustChangePassword?: boolean;

  /** Issue 11, item 3 (resolved by AuthResolver): from the session, or loaded with ADMIN's list. */
  secondFactorEnabled?: boolean;
  mustEnrolSecondFactor?: boolean;

  /** Loaded with a list (ADMIN: users), so that the official field needs no statement per user. */
  official?: OfficialView | null;

  /** ADMIN's `users` list only: when the account last signed in (resolved by AuthResolver). */
  lastSignInAt?: Date | null;

  divisionCode!: string | null;
  officialId!: string | null;
}
