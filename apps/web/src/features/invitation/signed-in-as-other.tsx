import { hashKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/notice.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import { isSessionGone } from '../../lib/query-client.ts';
import { useTRPC } from '../../lib/trpc.ts';

/**
 * The invitation was opened by someone logged in as another person: accepting it here would mix
 * the two accounts up, so the page says whose session this is and offers to log out first. The
 * invitation itself stays on the page, and the right form appears once logged out.
 */
export function SignedInAsOther({
  current,
  invited,
  token,
}: {
  current: string;
  invited: string;
  token: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: (_data, error) => {
        // A session that already ended counts as logged out.
        if (error && !isSessionGone(error)) return;
        const kept = new Set([
          hashKey(trpc.auth.me.queryKey()),
          hashKey(trpc.invitation.get.queryKey({ token })),
        ]);
        // Nothing of the previous user's may stay in the cache; the invitation may.
        queryClient.removeQueries({ predicate: (query) => !kept.has(query.queryHash) });
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
      },
    }),
  );
  const failure = logout.isError && !isSessionGone(logout.error) ? errorMessageOf(logout.error) : null;
  return (
    <div className="notice notice--info">
      <p>{t('administration.invitation.signedInAsOther', { current, invited })}</p>
      <ErrorNotice message={failure} />
      <button
        type="button"
        className="button button--primary"
        aria-disabled={logout.isPending}
        onClick={() => {
          if (!logout.isPending) logout.mutate();
        }}
      >
        {logout.isPending ? t('administration.common.working') : t('administration.invitation.logOutFirst')}
      </button>
    </div>
  );
}
