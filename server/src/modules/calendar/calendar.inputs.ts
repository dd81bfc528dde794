import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { notBlank, notBlankMessage } from '../shared/input-checks.js';
import { Audited } from '../audit/audited.js';

@InputType({ description: 'A day government offices close, added by an administrator' })
export class AddHolidayInput {
  @Field(() => String, { description: 'YYYY-MM-DD' }) @Audited() date!: string;
  @Field(() => String) @Audited() @Matches(notBlank, { message: notBlankMessage }) @MaxLength(200) nameTh!: string;
  @Field(() => String, { nullable: true }) @Audited() @IsOptional() @MaxLength(200) nameEn?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'REGULAR, SUBSTITUTE, SPECIAL, GOVERNMENT_ONLY or LOCAL_ORDER (default LOCAL_ORDER)',
  })
  @Audited()
  @IsOptional()
  @Matches(/^(REGULAR|SUBSTITUTE|SPECIAL|GOVERNMENT_ONLY|LOCAL_ORDER)$/, {
    message: 'kind must be REGULAR, SUBSTITUTE, SPECIAL, GOVERNMENT_ONLY or LOCAL_ORDER',
  })
  kind?: string | null;
}

@InputType()
export class RemoveHolidayInput {
  @Field(() => String, { description: 'YYYY-MM-DD' }) @Audited() date!: string;
}

@InputType({ description: "ADMIN: the Cabinet's list of holidays as CSV (columns วันที่, ชื่อวันหยุด and optionally nameEn)" })
export class ImportHolidaysInput {
  @Field(() => String, { description: 'The file as text; dates such as 13 เม.ย. 2570, 13/04/2570 or 2027-04-13' })
  @MaxLength(200_000)
  csv!: string;

  @Field(() => Boolean, { description: 'Check only: report what would be added and every problem, change nothing' })
  dryRun!: boolean;
}
