import { describe, expect, it } from 'vitest';
import { passwordFormProblem } from './passwordForm';

describe('the change-password form (contract, "Accounts")', () => {
  it('asks for 12 characters, not the username, typed the same twice', () => {
    expect(passwordFormProblem({ newPassword: 'สั้นไป', confirmation: 'สั้นไป' }, 'clerk')).toBe('tooShort');
    expect(passwordFormProblem({ newPassword: 'Clerk.Somjai', confirmation: 'Clerk.Somjai' }, 'clerk.somjai')).toBe('sameAsUsername');
    expect(passwordFormProblem({ newPassword: 'ขอนแก่น-2569-โคกแย้', confirmation: 'ขอนแก่น-2569-โคกแย' }, 'clerk')).toBe('mismatch');
    expect(passwordFormProblem({ newPassword: 'ขอนแก่น-2569-โคกแย้', confirmation: 'ขอนแก่น-2569-โคกแย้' }, 'clerk')).toBeUndefined();
  });
});
