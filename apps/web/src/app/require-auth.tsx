import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorPanel } from '../components/error-panel.tsx';
import { LoadingStatus } from '../components/loading-status.tsx';
import { wasLoggedOutOnPurpose, wasSessionExpired } from '../lib/logout-intent.ts';
import { loginPathFor } from '../lib/safe-next-path.ts';
import { useMe } from '../lib/use-me.ts';

/** Guards the pages that need a session: anonymous users go to login and come back afterwards. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingStatus />;
  if (me.isError) return <ErrorPanel error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    // After a deliberate logout this races the logout button's own navigation; both go to the
    // same place with the same message, so whichever wins, the user sees the same page.
    if (wasLoggedOutOnPurpose()) return <Navigate to="/logga-in" state={{ loggedOut: true }} replace />;
    return (
      <Navigate
        to={loginPathFor(`${location.pathname}${location.search}${location.hash}`)}
        state={wasSessionExpired() ? { sessionExpired: true } : null}
        replace
      />
    );
  }
  return <Outlet />;
}
