import { reasonKeys } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { reasonKey } from './error-message.ts';

describe('the reasons the API answers with', () => {
  // `ReasonKey` (packages/domain/src/errors.ts) is the type every DomainError's reason must have;
  // here each one must have its sentence, or the user would read only "Något gick fel".
  it('each have a Swedish sentence under errors.*', () => {
    expect(reasonKeys.filter((key) => reasonKey(key) === null)).toEqual([]);
  });

  it('finds no sentence for a reason the catalogue lacks (the check can fail)', () => {
    expect(reasonKey('password.notAReason')).toBeNull();
  });
});
