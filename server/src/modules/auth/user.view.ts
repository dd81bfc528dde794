import { Field, ID, ObjectType } from 'type-graphql';
import { Division } from '../divisions/division.entity.js';
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

  divisionCode!: string | null;
  officialId!: string | null;
}
