import { hasErrorCode } from '../../lib/api-error.ts';

/**
 * True when the API's answer means the address names nothing: an intervention that does not
 * exist (NOT_FOUND) or an id or period that cannot be one (BAD_REQUEST on a read). Such a page is
 * "not found", not a failure worth retrying.
 */
export const isWrongAddress = (error: unknown): boolean =>
  hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_REQUEST');
