import { passwordMinLength } from '@rongrian/schema/input-rules';

export type PasswordFormProblem = 'tooShort' | 'sameAsUsername' | 'mismatch';

/**
 * The checks the form can make before sending (the server's rules, schema/input-rules.js); whether
 * a password is a common one only the server knows, and it says so.
 */
export function passwordFormProblem(
  values: { newPassword: string; confirmation: string },
  username: string,
): PasswordFormProblem | undefined {
  if ([...values.newPassword].length < passwordMinLength) return 'tooShort';
  if (values.newPassword.trim().toLowerCase() === username.trim().toLowerCase()) return 'sameAsUsername';
  if (values.newPassword !== values.confirmation) return 'mismatch';
  return undefined;
}
