import type { RequestIdVariables } from 'hono/request-id';
import type { SessionUser } from '../auth/session.ts';

/** Values middleware hands to later middleware and handlers. */
export interface AppEnv {
  Variables: RequestIdVariables & {
    session: { id: string; user: SessionUser } | null;
  };
}
