import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { notBlank, notBlankMessage } from '../shared/input-checks.js';
import { organisationKinds, type OrganisationKind as Kind } from './organisation-kind.js';
import { signedDocuments, type SignedDocument as Signed } from './signed-document.js';

export const OrganisationKind = Object.fromEntries(organisationKinds.map((kind) => [kind, kind])) as { [K in Kind]: K };
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'The kind of body (contract, "New enum values")',
  valuesConfig: {
    SAO: { description: 'องค์การบริหารส่วนตำบล (อบต.)' },
    MUNICIPALITY: { description: 'เทศบาล' },
    PAO: { description: 'องค์การบริหารส่วนจังหวัด (อบจ.)' },
    CITY: { description: 'กรุงเทพมหานคร / เมืองพัทยา' },
    DISTRICT: { description: 'อำเภอ (oversight)' },
    PROVINCE: { description: 'จังหวัด (oversight)' },
    NATIONAL: { description: 'ระดับประเทศ (oversight)' },
  },
});

export const SignedDocument = Object.fromEntries(signedDocuments.map((document) => [document, document])) as { [K in Signed]: K };
registerEnumType(SignedDocument, {
  name: 'SignedDocument',
  description: 'The documents that carry a named signer',
  valuesConfig: {
    NOTICE_LETTER: { description: 'หนังสือแจ้งผู้ร้องเรียน (R7, R8)' },
    STATISTICS_REPORT: { description: 'รายงานสถิติเรื่องร้องเรียน (R10)' },
  },
});

@ObjectType('Signer', { description: 'Who signs one kind of document, printed under its signature line' })
export class SignerView {
  @Field(() => SignedDocument)
  document!: Signed;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'ตำแหน่ง' })
  position!: string;

  @Field(() => String, { description: 'e.g. ปฏิบัติราชการแทน นายก…; empty when signing in their own name' })
  onBehalfOf!: string;
}

@ObjectType('Organisation', { description: 'The body this installation serves, as its documents print it' })
export class OrganisationView {
  @Field(() => String) code!: string;
  @Field(() => String) nameTh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => OrganisationKind) kind!: Kind;
  @Field(() => String) address!: string;
  @Field(() => String) phone!: string;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true }) facebook!: string | null;
  @Field(() => String, { nullable: true, description: 'Issue 14: the letter code before the running number in "ที่", e.g. สบ 71501' })
  officeCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Issue 14: the fax number at the foot of letters' }) fax!: string | null;
  @Field(() => String, { nullable: true, description: 'Issue 14: the e-mail address at the foot of letters' }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'The oversight body above, by code' }) parentCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the emblem is served (GET), when one was uploaded' })
  emblemUrl!: string | null;
  @Field(() => [SignerView], { description: 'ADMIN only; empty for everyone else' })
  signers!: SignerView[];
}

@ObjectType({ description: 'What a set-up created' })
export class SetUpOrganisationPayload {
  @Field(() => OrganisationView) organisation!: OrganisationView;
  @Field(() => [String], { description: 'The codes of the channels in use' }) channels!: string[];
  @Field(() => Int) divisions!: number;
  @Field(() => Int) officials!: number;
  @Field(() => Int, { description: 'Holidays of the shipped Cabinet list added (0 when the calendar held some)' }) holidays!: number;
  @Field(() => Int) deadlineRules!: number;
  @Field(() => String, { description: 'The first administrator, who may sign in now' }) admin!: string;
}

@InputType({ description: 'The first-run page: the one-time token of the server log and the set-up file as JSON text' })
export class SetUpOrganisationInput {
  @Field(() => String, { description: "The token the server's log printed at start" })
  @MaxLength(100)
  token!: string;

  @Field(() => String, { description: 'The set-up file (README, "Going live"), as JSON text' })
  @MaxLength(200_000)
  file!: string;
}

@InputType({ description: 'Who signs one kind of document' })
export class SignerInput {
  @Field(() => SignedDocument) document!: Signed;
  @Field(() => String) @MaxLength(200) @Matches(notBlank, { message: notBlankMessage }) name!: string;
  @Field(() => String) @MaxLength(200) @Matches(notBlank, { message: notBlankMessage }) position!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) onBehalfOf?: string | null;
}

@InputType({ description: "ADMIN: changes what is given of the body's profile; the code and kind stay" })
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) @Matches(notBlank, { message: notBlankMessage }) nameTh?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) @Matches(notBlank, { message: notBlankMessage }) nameEn?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) @Matches(notBlank, { message: notBlankMessage }) address?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) @Matches(notBlank, { message: notBlankMessage }) phone?: string;
  @Field(() => String, { nullable: true, description: 'Empty removes it' }) @MaxLength(300) website?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty removes it' }) @MaxLength(300) facebook?: string | null;
  @Field(() => String, { nullable: true, description: 'Issue 14: the letter code, e.g. สบ 71501; empty removes it' })
  @MaxLength(40)
  officeCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty removes it' }) @MaxLength(200) fax?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty removes it' }) @MaxLength(200) email?: string | null;
  @Field(() => [SignerInput], { nullable: true, description: 'Replaces the list' })
  @IsOptional()
  @ArrayMaxSize(signedDocuments.length)
  signers?: SignerInput[];
}

@InputType({ description: 'ADMIN: the emblem for the letterhead, a PNG or JPEG of at most 300 KB, as a data: URL; null removes it' })
export class SetEmblemInput {
  @Field(() => String, { nullable: true })
  @MaxLength(420_000)
  dataUrl?: string | null;
}
