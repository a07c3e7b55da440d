import { TRPCError } from '@trpc/server';

/** The field issues of a call refused as BAD_REQUEST, as `path → message key`; any other outcome throws. */
export async function issuesOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code !== 'BAD_REQUEST') throw error;
    const issues =
      (error.cause as { issues?: { path: (string | number)[]; message: string }[] }).issues ?? [];
    return Object.fromEntries(issues.map((issue) => [issue.path.join('.'), issue.message]));
  }
  throw new Error('expected BAD_REQUEST');
}

/** The reason key a refused call answers with (its DomainError's `reason`); a call that succeeds throws. */
export async function reasonOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as { cause?: { reason?: string } }).cause?.reason;
  }
  throw new Error('expected a refusal');
}
