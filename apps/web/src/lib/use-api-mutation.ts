import {
  type QueryFilters,
  type UseMutationOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { useState } from 'react';
import type { Message } from './message-key.ts';

/**
 * A mutation as every form uses it: on success, the queries it changed are refetched and a
 * notice says what happened; `notice` is cleared when the next attempt starts. Failures are left
 * to the form (`useSchemaForm().submit` shows them beside the fields or in its summary).
 */
export function useApiMutation<Data, Failure, Variables, OnMutate = unknown>(
  options: UseMutationOptions<Data, Failure, Variables, OnMutate>,
  effects: {
    /** Queries whose data the mutation changes (tRPC's `queryFilter()`s). */
    invalidates?: (data: Data, variables: Variables) => QueryFilters[];
    /** The sentence announced after success. */
    success?: (data: Data, variables: Variables) => Message;
  } = {},
) {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<Message | null>(null);
  const mutation = useMutation<Data, Failure, Variables, OnMutate>({
    ...options,
    onMutate: (variables, context) => {
      setNotice(null);
      return options.onMutate?.(variables, context) as OnMutate | Promise<OnMutate>;
    },
    onSuccess: async (data, variables, onMutateResult, context) => {
      await Promise.all(
        (effects.invalidates?.(data, variables) ?? []).map((f) => queryClient.invalidateQueries(f)),
      );
      if (effects.success) setNotice(effects.success(data, variables));
      await options.onSuccess?.(data, variables, onMutateResult, context);
    },
  });
  // reset() forgets the notice too, so a page with several mutations shows only the latest.
  const reset = () => {
    setNotice(null);
    mutation.reset();
  };
  return { ...mutation, notice, reset };
}
