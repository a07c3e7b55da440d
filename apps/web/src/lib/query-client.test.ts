import { describe, expect, it } from 'vitest';
import { shouldRetry } from './query-client.ts';

const withStatus = (httpStatus: number) => ({ data: { code: 'X', httpStatus } });

describe('shouldRetry', () => {
  it('does not repeat requests the server refused (4xx)', () => {
    expect(shouldRetry(0, withStatus(403))).toBe(false);
    expect(shouldRetry(0, withStatus(401))).toBe(false);
  });

  it('tries server errors and network failures twice more', () => {
    expect(shouldRetry(0, withStatus(500))).toBe(true);
    expect(shouldRetry(1, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(2, withStatus(503))).toBe(false);
  });
});
