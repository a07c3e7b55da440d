import { useParams } from 'react-router';

/** The förbund's slug from the address: every förbund page lives under `/f/:slug/…`. */
export function useTenantSlug(): string {
  return useParams().slug ?? '';
}
