/**
 * Statistics for the national views: disclosure control (cell suppression, minimum contributors)
 * and the figures themselves (exact shares, quartiles, similar förbund, the key-figure catalogue).
 * Pure; the test helper in `testing/` is deliberately not exported.
 */

export * from '../money/ratio.ts';
export * from './audit-suppressed-table.ts';
export * from './compare-with-nation.ts';
export * from './kpi-definitions.ts';
export * from './min-contributors.ts';
export * from './publish-share-of-counts.ts';
export * from './published-value.ts';
export * from './quantiles.ts';
export * from './similar-forbund.ts';
export * from './sum-by-group.ts';
export * from './suppress-list.ts';
export * from './suppress-table.ts';
