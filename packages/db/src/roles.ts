/**
 * Database roles. The owner runs migrations and owns every table; the API connects as the app
 * role, which owns nothing and cannot bypass row-level security. The aggregates role is a
 * NOLOGIN owner for SECURITY DEFINER functions that return national aggregates only.
 */
export const dbRoles = {
  owner: 'samsyn_owner',
  app: 'samsyn_app',
  aggregates: 'samsyn_aggregates',
} as const;
