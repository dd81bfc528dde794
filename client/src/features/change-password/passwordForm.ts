import { passwordRuleBroken } from '@rongrian/schema/input-rules';

export type PasswordFormProblem = 'tooShort' | 'sameAsUsername' | 'mismatch';

/**
 * The checks the form can make before sending (the server's rules, schema/input-rules.js); whether
 * a password is a common one only the server knows, and it says so.
 */
export function passwordFormProblem(
  values: { newPassword: string; confirmation: string },
  username: string,
): PasswordFormProblem | undefined {
  const broken = passwordRuleBroken(values.newPassword, username);
  if (broken) return broken;
  if (values.newPassword !== values.confirmation) return 'mismatch';
  return undefined;
}
