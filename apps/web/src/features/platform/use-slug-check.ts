import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTRPC } from '../../lib/trpc.ts';
import { isSlugWellFormed, type SlugStatus, slugStatusOf } from './onboard-validation.ts';

/** The value after the user has stopped typing for a moment, so availability is asked once. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** Whether the slug being typed is free, asked of the server once typing pauses. Platform admins. */
export function useSlugCheck(slug: string): { status: SlugStatus; isTaken: boolean } {
  const trpc = useTRPC();
  const debounced = useDebounced(slug, 400);
  const check = useQuery(
    trpc.platform.tenants.isSlugAvailable.queryOptions(
      { slug: debounced },
      { enabled: isSlugWellFormed(debounced), staleTime: 5_000 },
    ),
  );
  const status = slugStatusOf(slug, {
    slug: debounced,
    isFetching: check.isFetching,
    isAvailable: check.data,
  });
  return { status, isTaken: check.data === false && debounced === slug };
}
