import * as gavleborg from './gavleborg.ts';
import * as harnosandTimra from './harnosand-timra.ts';
import * as insjoriket from './insjoriket.ts';

/**
 * The seed documents' economic figures as data, keyed by the demo förbund's slug, for the database
 * seed to load. Gävleborg and Härnösand-Timrå are the documents' own figures; Insjöriket's budget is
 * invented (its plan has no figures) and says so.
 */
export const demoFigures = {
  gavleborg,
  'harnosand-timra': harnosandTimra,
  insjoriket,
} as const;
