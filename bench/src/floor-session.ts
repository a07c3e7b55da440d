import { ACTIVITY_RESOLUTION_SECONDS, loadConfig, parseSessionToken, readSessionToken } from '@samsyn/api';

/** The API's session policy (its defaults: the bench sets no SESSION_* variables). */
const { session: policy } = loadConfig({});

/**
 * What the floor server's context routes need of a request's session, read with the API's own
 * pieces (production cookie name, token format): the token's parts, or null. With the policy's
 * numbers in the order `session_state` and `enter_tenant` take them.
 */
export function sessionOf(cookieHeader: string | undefined) {
  return parseSessionToken(readSessionToken(cookieHeader, true));
}

export const sessionTimes = [
  policy.inactivityTimeoutSeconds,
  policy.absoluteLifetimeSeconds,
  ACTIVITY_RESOLUTION_SECONDS,
] as const;
