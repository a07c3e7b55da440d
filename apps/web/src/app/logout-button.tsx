import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { forgetCachedData } from '../lib/forget-cached-data.ts';
import { markLoggingOut } from '../lib/logout-intent.ts';
import { isSessionGone } from '../lib/query-client.ts';
import { useTRPC } from '../lib/trpc.ts';

/**
 * Ends the session, then forgets everything cached in the browser so that neither the back button
 * nor the next person at this computer sees the previous user's data.
 */
export function LogoutButton() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: (_data, error) => {
        // A session that already ended counts as logged out.
        if (error && !isSessionGone(error)) return;
        markLoggingOut(true);
        forgetCachedData(queryClient, trpc.auth.me.queryKey());
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
        void navigate('/logga-in', { state: { loggedOut: true } });
      },
    }),
  );
  const hasFailed = logout.isError && !isSessionGone(logout.error);

  return (
    <>
      <button
        type="button"
        className="button button--on-dark"
        aria-disabled={logout.isPending}
        onClick={() => {
          if (!logout.isPending) logout.mutate();
        }}
      >
        {logout.isPending ? t('header.loggingOut') : t('header.logout')}
      </button>
      {hasFailed ? (
        <p className="site-header__error" role="alert">
          {t('header.logoutFailed')}
        </p>
      ) : null}
    </>
  );
}
