import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { notBlank, notBlankMessage } from '../../graphql/validation.js';

@InputType({ description: 'A day government offices close, added by an administrator' })
export class AddHolidayInput {
  @Field(() => String, { description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => String) @Matches(notBlank, { message: notBlankMessage }) @MaxLength(200) nameTh!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) nameEn?: string | null;
  @Field(() => String, { nullable: true, description: 'REGULAR, SUBSTITUTE, SPECIAL, GOVERNMENT_ONLY or LOCAL_ORDER (default LOCAL_ORDER)' })
  @IsOptional()
  @Matches(/^(REGULAR|SUBSTITUTE|SPECIAL|GOVERNMENT_ONLY|LOCAL_ORDER)$/, { message: 'kind must be REGULAR, SUBSTITUTE, SPECIAL, GOVERNMENT_ONLY or LOCAL_ORDER' })
  kind?: string | null;
}

@InputType()
export class RemoveHolidayInput {
  @Field(() => String, { description: 'YYYY-MM-DD' }) date!: string;
}
