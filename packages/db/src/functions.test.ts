import { useTestConnections } from '@samsyn/db/testing/vitest';
import { describe, expect, it } from 'vitest';

// The functions every tenant request runs (migrations 0007, 0008). Their speed depends on details
// that are easy to undo by accident, so they are pinned here.
const db = useTestConnections('app');

describe('session functions', () => {
  it('carry no SET clause (a SET is saved and restored on every call and stops inlining)', async () => {
    const rows = await db.app<{ name: string; config: string[] | null }[]>`
      select proname as name, proconfig as config from pg_proc
      where proname in ('session_state', 'enter_tenant') order by proname`;
    expect(rows).toEqual([
      { name: 'enter_tenant', config: null },
      { name: 'session_state', config: null },
    ]);
  });

  it('session_state is inlined into its caller: the plan reads sessions, not a function', async () => {
    const plan = (
      await db.app.unsafe<{ 'QUERY PLAN': string }[]>(
        `explain select * from session_state('no-such-session', 60, 60, 60)`,
      )
    ).map((row) => row['QUERY PLAN']);
    expect(plan.join('\n')).toMatch(/on sessions/);
    expect(plan.join('\n')).not.toMatch(/Function Scan/);
  });
});
