import { Field, ID, ObjectType } from 'type-graphql';
import { Division } from '../divisions/division.entity.js';
import { UserView } from '../auth/user.view.js';

/** An official as the API shows it; `division` and `user` are resolved by OfficialResolver. */
@ObjectType('Official', { description: 'An official of the organisation (เจ้าหน้าที่)' })
export class OfficialView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => String, { description: 'ตำแหน่ง' })
  position!: string;

  @Field(() => Division)
  division?: Division;

  @Field(() => String, { nullable: true, description: 'The day the official left the body (YYYY-MM-DD); null while serving' })
  leftOn!: string | null;

  @Field(() => UserView, { nullable: true, description: 'The account of this official, if any' })
  user?: UserView | null;

  divisionCode!: string;
}
