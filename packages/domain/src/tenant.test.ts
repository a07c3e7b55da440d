import { describe, expect, it } from 'vitest';
import { tenantSlugSchema } from './tenant.ts';

describe('tenantSlugSchema', () => {
  it('accepts the demo slugs', () => {
    for (const slug of ['gavleborg', 'harnosand-timra', 'insjoriket']) {
      expect(tenantSlugSchema.safeParse(slug).success).toBe(true);
    }
  });
  it('rejects upper case, å/ä/ö, double and edge hyphens', () => {
    for (const slug of ['Gavleborg', 'gävleborg', 'a--b', '-ab', 'ab-', 'a']) {
      expect(tenantSlugSchema.safeParse(slug).success).toBe(false);
    }
  });
});
