import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
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
  const common = {
    loading: '',
    retry: '',
    startFailed: '',
    unreachable: 'unreachable',
    failed: 'failed',
    reference: (id: string) => `(ref ${id})`,
  };

  it('tells a server that answered with an error from one that could not be reached', () => {
    const answered = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'boom' }] });
    expect(describeError(answered, common)).toBe('failed');
    expect(describeError(new TypeError('Failed to fetch'), common)).toBe('unreachable');
  });

  it("quotes the server's reference for an unexpected error", () => {
    // As the server formats anything it did not expect (server/src/graphql/format-error.ts).
    const internal = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'เกิดข้อผิดพลาดในระบบ (รหัสอ้างอิง 9f1c) — Internal error (reference 9f1c)',
          extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: '9f1c' },
        },
      ],
    });
    expect(describeError(internal, common)).toBe('failed (ref 9f1c)');
  });

  it('counts an HTTP error from the app as failed, and a gateway error as unreachable', () => {
    const answer = (status: number) =>
      new ServerError('Response not successful', {
        response: new Response('oops', { status }),
        bodyText: 'oops',
      });
    expect(describeError(answer(500), common)).toBe('failed');
    expect(describeError(answer(413), common)).toBe('failed');
    expect(describeError(answer(502), common)).toBe('unreachable');
    expect(describeError(answer(503), common)).toBe('unreachable');
  });
});
