import type { RequestIdVariables } from 'hono/request-id';
import type { RequestSession } from '../auth/request-session.ts';

/** Values middleware hands to later middleware and handlers. */
export interface AppEnv {
  Variables: RequestIdVariables & {
    /** The request's session, looked up lazily (see RequestSession); set on /trpc and /api/export. */
    session: RequestSession;
  };
}
