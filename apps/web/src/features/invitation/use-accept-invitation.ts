import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { hasErrorCode } from '../../lib/api-error.ts';
import { forgetCachedData } from '../../lib/forget-cached-data.ts';
import { markLoggingOut, markSessionExpired } from '../../lib/logout-intent.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';

/**
 * Accepting an invitation: the API sets the new session's cookie, so whatever was cached for
 * whoever was logged in before is forgotten, and the new member lands in the förbund.
 */
export function useAcceptInvitation() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useApiMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: async ({ tenantSlug }) => {
        markLoggingOut(false);
        markSessionExpired(false);
        const meKey = trpc.auth.me.queryKey();
        forgetCachedData(queryClient, meKey);
        await queryClient.refetchQueries({ queryKey: meKey, exact: true });
        await navigate(`/f/${tenantSlug}`, { replace: true });
      },
      onError: (error) => {
        // A state change (used or revoked meanwhile) shows on reload.
        if (hasErrorCode(error, 'CONFLICT'))
          void queryClient.invalidateQueries(trpc.invitation.get.queryFilter());
      },
    }),
  );
}
