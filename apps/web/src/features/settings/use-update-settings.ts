import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';

/**
 * Saving the settings: refetches what shows the förbund's name (header, förbund pages) and the
 * settings, whose new version remounts the form; a conflict loads the other person's version.
 */
export function useUpdateSettings(slug: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useApiMutation(
    trpc.settings.update.mutationOptions({
      onError: (error) => {
        if (error.data?.code === 'CONFLICT')
          void queryClient.invalidateQueries(trpc.settings.get.queryFilter({ tenant: slug }));
      },
    }),
    {
      invalidates: () => [
        trpc.settings.get.queryFilter({ tenant: slug }),
        trpc.tenant.get.queryFilter({ tenant: slug }),
        trpc.auth.me.queryFilter(),
      ],
      success: () => ({ key: 'administration.settings.saved' }),
    },
  );
}
