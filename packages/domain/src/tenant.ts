import { z } from 'zod';
import { singleLineText } from './text.ts';

/** A förbund's URL slug: lower-case letters, digits and single hyphens, e.g. `harnosand-timra`. */
export const tenantSlugSchema = singleLineText()
  .min(2, 'slug.format')
  .max(63, 'slug.format')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug.format');
export type TenantSlug = z.infer<typeof tenantSlugSchema>;

export const tenantStatuses = ['active', 'suspended', 'archived'] as const;
export type TenantStatus = (typeof tenantStatuses)[number];

/**
 * The kinds of member a samordningsförbund can have under Finsam (SFS 2003:1210 § 5):
 * Försäkringskassan, Arbetsförmedlingen, a region and one or more municipalities — in display
 * order: the state first, then the region, then the municipalities. Member lists sort by it, in
 * SQL too (`order by array_position(${memberKinds}::text[], kind), name`), so the order is kept
 * here only.
 */
export const memberKinds = ['fk', 'af', 'region', 'municipality'] as const;
export type MemberKind = (typeof memberKinds)[number];
export const memberKindSchema = z.enum(memberKinds);
