import { MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Audited } from '../audit/audited.js';
import { Role } from '../auth/role.js';
import { UserView } from '../auth/user.view.js';

// Issue 11, item 3. No secret, code or password below is @Audited: the trail records only that
// they were given.

@ObjectType('SecondFactorEnrolment', { description: 'A TOTP secret to add to an authenticator app; answered once, before confirmation' })
export class SecondFactorEnrolment {
  @Field(() => String, { description: 'The secret in base32, for typing into the app' }) secret!: string;
  @Field(() => String, { description: 'otpauth://totp/… (SHA-1, 6 digits, 30 s), shown as a QR code' }) otpauthUri!: string;
}

@InputType({ description: 'The code the authenticator app shows now' })
export class ConfirmSecondFactorInput {
  @Field(() => String) @MaxLength(20) code!: string;
}

@ObjectType('ConfirmSecondFactorPayload')
export class ConfirmSecondFactorPayload {
  @Field(() => [String], { description: 'Shown once: each signs in once in place of a code (a lost phone)' }) recoveryCodes!: string[];
  @Field(() => UserView) user!: UserView;
}

@InputType()
export class DisableSecondFactorInput {
  @Field(() => String) @MaxLength(200) currentPassword!: string;
}

@ObjectType('DisableSecondFactorPayload')
export class DisableSecondFactorPayload {
  @Field(() => UserView) user!: UserView;
}

@InputType({ description: 'ADMIN: the account whose second factor goes (a lost phone); its sessions end' })
export class ResetSecondFactorInput {
  @Field(() => String) @Audited() @MaxLength(50) username!: string;
}

@ObjectType('ResetSecondFactorPayload')
export class ResetSecondFactorPayload {
  @Field(() => UserView) user!: UserView;
}

@ObjectType('SecondFactorPolicy', { description: "The organisation's rule for two-factor sign-in" })
export class SecondFactorPolicy {
  @Field(() => Boolean, { description: 'The roles below must sign in with a second factor' }) required!: boolean;
  @Field(() => [Role], { description: 'The roles the rule applies to: those that hold the complainants’ identities' }) roles!: Role[];
}
