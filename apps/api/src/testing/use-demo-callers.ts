import type { Sql } from '@samsyn/db';
import { beforeAll } from 'vitest';
import type { Caller, TestApi } from './test-api.ts';
import { useTestApi } from './use-test-api.ts';

/** The demo förbund the tests act in, and the one whose editor must not reach it. */
export const demoTenant = 'gavleborg';

export interface DemoCallers {
  readonly api: TestApi;
  readonly superuser: Sql;
  /** Gävleborg's editor, viewer and admin, logged in once. */
  readonly editor: Caller;
  readonly viewer: Caller;
  readonly admin: Caller;
  /** Insjöriket's editor: a member of another förbund. */
  readonly otherEditor: Caller;
  /** Gävleborg's id, for reading beneath row-level security. */
  readonly tenantId: string;
}

/**
 * `useTestApi` with the demo accounts the access tests act as, logged in before the file's tests:
 * read them from the holder inside tests or hooks (`env.editor`).
 */
export function useDemoCallers(): DemoCallers {
  const holder = useTestApi() as { -readonly [Key in keyof DemoCallers]: DemoCallers[Key] };
  beforeAll(async () => {
    holder.editor = await holder.api.callerFor(`editor@${demoTenant}.demo`);
    holder.viewer = await holder.api.callerFor(`viewer@${demoTenant}.demo`);
    holder.admin = await holder.api.callerFor(`admin@${demoTenant}.demo`);
    holder.otherEditor = await holder.api.callerFor('editor@insjoriket.demo');
    const [row] = await holder.superuser<{ id: string }[]>`select id from tenants where slug = ${demoTenant}`;
    if (!row) throw new Error(`no förbund ${demoTenant}`);
    holder.tenantId = row.id;
  });
  return holder;
}
