import { passwordMinLength, passwordRuleBroken } from '@rongrian/schema/input-rules';
import { dictionary } from '@zxcvbn-ts/language-common';
import { badInput, type DomainError } from '../shared/domain-error.js';
import { readableCode } from '../shared/readable-code.js';

/** The common passwords of zxcvbn-ts's list (about 49,000), compared without case. */
const common = new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));

/**
 * Contract, "Accounts": a new password is at least 12 characters, not the username, and not a
 * common password; the refusal says which rule it broke.
 */
export function passwordProblem(password: string, username: string, field = 'newPassword'): DomainError | null {
  const broken = passwordRuleBroken(password, username);
  if (broken === 'tooShort') {
    return badInput(field, `รหัสผ่านต้องยาวอย่างน้อย ${passwordMinLength} ตัวอักษร`, `A password needs at least ${passwordMinLength} characters`);
  }
  if (broken === 'sameAsUsername') return badInput(field, 'รหัสผ่านต้องไม่เหมือนชื่อผู้ใช้', 'A password may not be the username');
  if (common.has(password.toLowerCase())) {
    return badInput(field, 'รหัสผ่านนี้เป็นรหัสที่ใช้กันทั่วไปและเดาได้ง่าย กรุณาตั้งรหัสอื่น', 'This password is a common one, easy to guess; choose another');
  }
  return null;
}

/**
 * A temporary password, shown once to the administrator: four groups of four from a CSPRNG
 * (about 79 bits), in groups a person can read over the phone. It meets the password rules.
 */
export function temporaryPassword(): string {
  return readableCode(4, 4);
}
