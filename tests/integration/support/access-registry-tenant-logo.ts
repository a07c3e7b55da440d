/**
 * Access rules of `tenantLogo.*` (issue 23: the förbund's logo for its documents), spread into the main registry.
 * The logo is one per förbund, so the probes name no id: they aim at the victim's förbund, whose logo
 * is stored by support/victim-period-reports.ts at version 1.
 */
import type { AccessRule } from './access-registry.ts';

/** A 1×1 PNG. */
const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export const tenantLogoAccessRules: Record<string, AccessRule> = {
  'tenantLogo.get': { access: 'tenant', minRole: 'viewer', input: () => ({}) },
  'tenantLogo.save': {
    access: 'tenant',
    minRole: 'admin',
    input: () => ({ expectedVersion: 1, dataBase64: png }),
    harmless: () => ({ expectedVersion: 999_999, dataBase64: png }),
  },
  'tenantLogo.delete': {
    access: 'tenant',
    minRole: 'admin',
    input: () => ({ expectedVersion: 1 }),
    harmless: () => ({ expectedVersion: 999_999 }),
  },
};
