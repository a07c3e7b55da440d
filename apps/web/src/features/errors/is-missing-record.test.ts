import { describe, expect, it } from 'vitest';
import { isMissingRecord } from './is-missing-record.ts';

const apiError = (code: string, issues: { path: string; message: string }[] | null = null) => ({
  data: { code, httpStatus: code === 'NOT_FOUND' ? 404 : 400, reason: null, details: null, issues },
});

describe('isMissingRecord', () => {
  it('is true for NOT_FOUND and for a malformed id in the address', () => {
    expect(isMissingRecord(apiError('NOT_FOUND'))).toBe(true);
    expect(
      isMissingRecord(apiError('BAD_REQUEST', [{ path: 'id', message: 'intervention.idInvalid' }])),
    ).toBe(true);
    expect(isMissingRecord(apiError('BAD_REQUEST', [{ path: 'interventionId', message: 'x' }]))).toBe(true);
  });

  it('is false for other bad input, other errors and no API answer at all', () => {
    expect(isMissingRecord(apiError('BAD_REQUEST', [{ path: 'period', message: 'period.invalid' }]))).toBe(
      false,
    );
    expect(isMissingRecord(apiError('BAD_REQUEST'))).toBe(false);
    expect(isMissingRecord(apiError('FORBIDDEN'))).toBe(false);
    expect(isMissingRecord(apiError('INTERNAL_SERVER_ERROR'))).toBe(false);
    expect(isMissingRecord(new TypeError('Failed to fetch'))).toBe(false);
  });
});
