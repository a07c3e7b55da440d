import type { z } from 'zod';

/**
 * One thing wrong with an input. `key` is a stable i18n key (e.g. `intervention.endBeforeStart`),
 * never prose: the web app turns it into Swedish. `path` points at the offending field so the form
 * can show the message next to it; `params` carries the figures the message may quote.
 */
export interface ValidationProblem {
  key: string;
  path: readonly (string | number)[];
  params?: Readonly<Record<string, string | number>>;
}

/** The outcome of a validator that reports every problem at once instead of stopping at the first. */
export type Validated<T> = { ok: true; value: T } | { ok: false; problems: ValidationProblem[] };

const stableKeyPattern = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;

/**
 * Turns a zod error into problems. Our schemas set a stable key as every message; issues zod raises
 * on its own (an unknown key, a wrong type where no key was set) get a generic `validation.<code>`
 * key so the UI never shows zod's English.
 */
export function problemsFromZodError(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({
    key: stableKeyPattern.test(issue.message) ? issue.message : `validation.${issue.code}`,
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
  }));
}

/** Runs a zod schema and answers in the `Validated` shape. */
export function validateWith<T>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: problemsFromZodError(result.error) };
}
