import { describe, expect, it } from 'vitest';
import { shortText } from './settings-text.ts';

describe('shortText', () => {
  it('keeps a text of 60 characters and cuts a longer one to 60 with an ellipsis', () => {
    expect(shortText('a'.repeat(60))).toBe('a'.repeat(60));
    expect(shortText('a'.repeat(61))).toBe(`${'a'.repeat(59)}…`);
    expect(shortText('a'.repeat(61))).toHaveLength(60);
  });
});
