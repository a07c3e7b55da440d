import { describe, expect, it } from 'vitest';
import { isWrongAddress } from './is-wrong-address.ts';

const answer = (code: string) => ({ data: { code, httpStatus: 0 } });

describe('isWrongAddress', () => {
  it('takes an unknown intervention and an impossible id or period for a wrong address', () => {
    expect(isWrongAddress(answer('NOT_FOUND'))).toBe(true);
    expect(isWrongAddress(answer('BAD_REQUEST'))).toBe(true);
  });

  it('leaves other failures to the error page and its retry', () => {
    expect(isWrongAddress(answer('INTERNAL_SERVER_ERROR'))).toBe(false);
    expect(isWrongAddress(answer('FORBIDDEN'))).toBe(false);
    expect(isWrongAddress(new TypeError('Failed to fetch'))).toBe(false);
  });
});
