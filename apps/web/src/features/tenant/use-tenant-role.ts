import { hasTenantRole, type TenantRole } from '@samsyn/domain';
import { useTenant } from './use-tenant.ts';

/**
 * True when the current user holds at least `minRole` in the förbund of the page: the same rule
 * (`hasTenantRole`) the API's tiers use, so a page never offers what the server would refuse.
 */
export function useTenantRole(minRole: TenantRole): boolean {
  return hasTenantRole(useTenant().role, minRole);
}
