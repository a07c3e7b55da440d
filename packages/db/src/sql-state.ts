/**
 * PostgreSQL's answer to "a row with this key exists" (SQLSTATE 23505, unique_violation). Verbs
 * that know what a duplicate means (a member's name, a budget's first year) turn it into their
 * own CONFLICT; any other one becomes `conflict.exists` in the API's one mapping.
 */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
