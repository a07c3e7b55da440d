import type { SourceResult } from '@samsyn/domain';

/** A source without data for the period: the sentence says what is missing. */
export const unavailable = (reason: string): SourceResult => ({ status: 'unavailable', reason });

/** "2019-01-01 – 2019-06-30": the span the economy's statements run over (from the year's start). */
export const statementSpan = (periodEnd: string): string => `${periodEnd.slice(0, 4)}-01-01 – ${periodEnd}`;
