import { z } from 'zod';

/** A user's role inside one förbund. Ordered: each role can do everything the roles below it can. */
export const tenantRoles = ['viewer', 'editor', 'admin'] as const;
export type TenantRole = (typeof tenantRoles)[number];
export const tenantRoleSchema = z.enum(tenantRoles);

/** Roles that are not tied to one förbund. */
export const globalRoles = ['network', 'platform_admin'] as const;
export type GlobalRole = (typeof globalRoles)[number];

/** True when `held` is at least as strong as `required`. */
export function hasTenantRole(held: TenantRole, required: TenantRole): boolean {
  return tenantRoles.indexOf(held) >= tenantRoles.indexOf(required);
}
