import { apiErrorDataOf } from '../../lib/api-error.ts';

/**
 * True when the API says the record an address names does not exist: NOT_FOUND, or a malformed id
 * (BAD_REQUEST whose only complaints are about id fields: `/insatser/abc` names nothing either).
 * Such an address is a wrong address, and gets the not-found page rather than "something went wrong".
 */
export function isMissingRecord(error: unknown): boolean {
  const data = apiErrorDataOf(error);
  if (!data) return false;
  if (data.code === 'NOT_FOUND') return true;
  if (data.code !== 'BAD_REQUEST' || !data.issues || data.issues.length === 0) return false;
  return data.issues.every((issue) => issue.path === 'id' || /Id$/.test(issue.path));
}
