/**
 * Moved to lib/format.ts, the one date rule for the whole app; kept as a re-export while the
 * overview still imports it from here.
 */
export { formatDateTime } from '../../lib/format.ts';
