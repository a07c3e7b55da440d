import { Navigate } from 'react-router';
import { useCurrentUser } from '../../lib/use-current-user.ts';
import { NoMembershipPage } from './no-membership-page.tsx';
import { startDestination } from './start-destination.ts';

/** `/`: sends the user on to where they work, or explains that their account has no förbund. */
export function StartPage() {
  const destination = startDestination(useCurrentUser());
  return destination ? <Navigate to={destination} replace /> : <NoMembershipPage />;
}
