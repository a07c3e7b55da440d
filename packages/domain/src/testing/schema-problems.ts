import { problemsFromZodError } from '../validation-problem.ts';

/**
 * What a schema refuses in an input, as `path:key` strings in its order (none when it parses):
 * the field and the stable key the web app shows beside it, for a test to compare at a glance.
 */
export function schemaProblems(
  schema: { safeParse(input: unknown): { success: boolean; error?: unknown } },
  input: unknown,
): string[] {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : problemsFromZodError(result.error as never).map(
        (problem) => `${problem.path.join('.')}:${problem.key}`,
      );
}
