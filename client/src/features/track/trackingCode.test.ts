import { describe, expect, it } from 'vitest';
import { takeCodeFromFragment } from './trackingCode';

function fakeHistory() {
  const calls: string[] = [];
  return {
    calls,
    history: { state: null, replaceState: (_state: unknown, _unused: string, url?: string | URL | null) => calls.push(String(url)) },
  };
}

describe('/track#code (contract: a code reaches /track only in a field or the fragment)', () => {
  it('takes the code and removes the fragment from the history entry', () => {
    const { calls, history } = fakeHistory();
    expect(takeCodeFromFragment({ hash: '#W98S-VPWW-NEPG-FSQ6-XE9P-QSG2', pathname: '/track', search: '' }, history)).toBe(
      'W98S-VPWW-NEPG-FSQ6-XE9P-QSG2',
    );
    expect(calls).toEqual(['/track']);
  });

  it('decodes an encoded fragment and leaves the page alone without one', () => {
    const { calls, history } = fakeHistory();
    expect(takeCodeFromFragment({ hash: '#abcd%20efgh', pathname: '/track', search: '' }, history)).toBe('abcd efgh');
    expect(takeCodeFromFragment({ hash: '', pathname: '/track', search: '' }, history)).toBeUndefined();
    expect(calls).toEqual(['/track']);
  });
});
