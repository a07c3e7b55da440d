import { tenantSlugSchema } from '@samsyn/domain';

/** Whether a slug is worth asking the server about (the domain's own rule). */
export const isSlugWellFormed = (slug: string) => tenantSlugSchema.safeParse(slug).success;

/** What the slug field says about availability while the user types. */
export type SlugStatus = 'checking' | 'free' | 'taken' | null;

/**
 * The slug's status line: nothing for a malformed slug (the schema's sentence covers that),
 * "checking" until the typed slug has been asked about, then the server's answer.
 */
export function slugStatusOf(
  slug: string,
  checked: { slug: string; isFetching: boolean; isAvailable: boolean | undefined },
): SlugStatus {
  if (!isSlugWellFormed(slug)) return null;
  if (checked.slug !== slug || checked.isFetching) return 'checking';
  if (checked.isAvailable === true) return 'free';
  if (checked.isAvailable === false) return 'taken';
  return null;
}
