import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError, hasErrorCode } from './errors';

describe('hasErrorCode', () => {
  const unauthenticated = new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', extensions: { code: 'UNAUTHENTICATED' } }],
  });

  it('finds the code in a GraphQL error', () => {
    expect(hasErrorCode(unauthenticated, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(unauthenticated, 'FORBIDDEN')).toBe(false);
  });

  it('is false for network failures and for no error at all', () => {
    expect(hasErrorCode(new TypeError('Failed to fetch'), 'UNAUTHENTICATED')).toBe(false);
    expect(hasErrorCode(undefined, 'UNAUTHENTICATED')).toBe(false);
  });
});

describe('describeError', () => {
  const common = { loading: '', retry: '', startFailed: '', unreachable: 'unreachable', failed: 'failed' };

  it('tells a server that answered with an error from one that could not be reached', () => {
    const answered = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'boom' }] });
    expect(describeError(answered, common)).toBe('failed');
    expect(describeError(new TypeError('Failed to fetch'), common)).toBe('unreachable');
  });
});
