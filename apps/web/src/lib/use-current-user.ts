import type { Me } from './me.ts';
import { useMe } from './use-me.ts';

/** The logged-in user, for pages under RequireAuth (which renders them only once it is known). */
export function useCurrentUser(): Me {
  const me = useMe().data;
  if (!me) throw new Error('useCurrentUser is only for pages inside RequireAuth');
  return me;
}
