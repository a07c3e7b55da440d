/**
 * A value in a published aggregate: the number itself, or a suppressed marker shown as "..".
 *
 * The marker deliberately carries no reason. Telling "too small" (so 1–4) apart from "suppressed
 * to protect another cell" would hand a reader a narrower interval for every primary cell.
 */
export interface Suppressed {
  readonly suppressed: true;
}

export type PublishedValue = number | Suppressed;

/** The one suppressed marker; frozen so no caller can annotate it with a reason. */
export const SUPPRESSED: Suppressed = Object.freeze({ suppressed: true as const });

/** The symbol SCB and Kolada use for a value withheld for confidentiality. */
export const SUPPRESSED_SYMBOL = '..';

export const isSuppressed = (value: PublishedValue): value is Suppressed => typeof value !== 'number';
