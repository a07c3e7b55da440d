import { apiErrorDataOf } from '../../lib/api-error.ts';

/**
 * An API error whose field issues are moved to the form's paths by `move` (`figures.new.total` →
 * `new.total`). Anything else passes through unchanged.
 */
export function withIssuePaths(error: unknown, move: (path: string) => string): unknown {
  const data = apiErrorDataOf(error);
  if (!data?.issues) return error;
  const issues = data.issues.map((issue) => ({ ...issue, path: move(issue.path) }));
  return { ...(error as object), data: { ...(error as { data: object }).data, issues } };
}

/** The API's issues under `prefix` re-rooted, for a form whose fields are the inner object of the input. */
export const issuesUnder = (error: unknown, prefix: string): unknown =>
  withIssuePaths(error, (path) => (path.startsWith(prefix) ? path.slice(prefix.length) : path));

/** The API's issues on their form field (`freeTags.2` → `freeTags`), for forms with one control per field. */
export const issuesOnFields = (error: unknown): unknown =>
  withIssuePaths(error, (path) => path.split('.')[0] ?? path);
