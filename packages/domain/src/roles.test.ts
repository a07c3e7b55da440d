import { describe, expect, it } from 'vitest';
import { hasTenantRole } from './roles.ts';

describe('hasTenantRole', () => {
  it('lets an admin do what an editor may', () => {
    expect(hasTenantRole('admin', 'editor')).toBe(true);
  });
  it('does not let a viewer do what an editor may', () => {
    expect(hasTenantRole('viewer', 'editor')).toBe(false);
  });
  it('lets each role do what it itself may', () => {
    for (const role of ['viewer', 'editor', 'admin'] as const) expect(hasTenantRole(role, role)).toBe(true);
  });
});
