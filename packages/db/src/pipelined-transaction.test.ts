import { createTestDatabase, type TestDatabase } from '@samsyn/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createSql, type Sql } from './client.ts';
import { pipelinedTransaction } from './pipelined-transaction.ts';

let db: TestDatabase;
let owner: Sql;
beforeAll(async () => {
  db = await createTestDatabase(inject('testCluster'), { empty: true });
  owner = createSql(db.ownerUrl, { max: 2 });
  await owner`create table probe (n int primary key)`;
});
afterAll(async () => {
  await owner.end();
  await db.drop();
});
beforeEach(async () => {
  await owner`truncate probe`;
});

const rows = async () => (await owner<{ n: number }[]>`select n from probe order by n`).map((r) => r.n);

describe('pipelinedTransaction', () => {
  it('commits what the work wrote and returns its result', async () => {
    const result = await pipelinedTransaction(owner, async (tx) => {
      await Promise.all([tx`insert into probe values (1)`, tx`insert into probe values (2)`]);
      return 'done';
    });
    expect(result).toBe('done');
    expect(await rows()).toEqual([1, 2]);
  });

  it('runs the work inside one transaction: transaction-local settings hold across statements', async () => {
    const [first, second] = await pipelinedTransaction(owner, (tx) =>
      Promise.all([
        tx`select set_config('app.probe', 'set', true) as v, txid_current() as id`,
        tx`select current_setting('app.probe', true) as v, txid_current() as id`,
      ]),
    );
    expect(second?.[0]?.v).toBe('set');
    expect(second?.[0]?.id).toBe(first?.[0]?.id);
    // ...and nothing is left on the pooled connection afterwards.
    const [after] = await owner`select coalesce(current_setting('app.probe', true), '') as v`;
    expect(after?.v).toBe('');
  });

  it('rolls everything back when the work throws, and rethrows', async () => {
    await expect(
      pipelinedTransaction(owner, async (tx) => {
        await tx`insert into probe values (1)`;
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await rows()).toEqual([]);
  });

  it('rolls back when a statement fails and reports that statement’s error', async () => {
    await expect(
      pipelinedTransaction(owner, async (tx) => {
        await tx`insert into probe values (1)`;
        await tx`insert into probe values (1)`;
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await rows()).toEqual([]);
  });

  it('keeps the outer work when a savepoint rolls back, as sql.begin does', async () => {
    await pipelinedTransaction(owner, async (tx) => {
      await tx`insert into probe values (1)`;
      await expect(tx.savepoint((sp) => sp`insert into probe values (1)`)).rejects.toMatchObject({
        code: '23505',
      });
      await tx.savepoint((sp) => sp`insert into probe values (2)`);
    });
    expect(await rows()).toEqual([1, 2]);
  });

  it('gives the connection back to the pool after commit and after rollback', async () => {
    const single = createSql(db.ownerUrl, { max: 1 });
    try {
      await pipelinedTransaction(single, (tx) => tx`select 1`);
      await pipelinedTransaction(single, () => Promise.reject(new Error('x'))).catch(() => {});
      const [row] = await single`select 2 as two`;
      expect(row?.two).toBe(2);
    } finally {
      await single.end();
    }
  });

  it('read-only: PostgreSQL refuses writes, nothing is kept, the error is the refusal', async () => {
    await expect(
      pipelinedTransaction(owner, (tx) => tx`insert into probe values (1)`, { readOnly: true }),
    ).rejects.toMatchObject({ code: '25006' });
    expect(await rows()).toEqual([]);
  });

  it('read-only: answers before COMMIT, and the connection serves the next caller only after it', async () => {
    await owner`insert into probe values (7)`;
    const single = createSql(db.ownerUrl, { max: 1 });
    try {
      const read = await pipelinedTransaction(
        single,
        (tx) => tx<{ n: number; inTx: boolean }[]>`
          select n, now() = statement_timestamp() as "inTx" from probe`,
        { readOnly: true },
      );
      expect(read.map((r) => r.n)).toEqual([7]);
      // The next statement on the only connection runs outside that transaction: not read only.
      const [state] = await single`select current_setting('transaction_read_only') as ro`;
      expect(state?.ro).toBe('off');
    } finally {
      await single.end();
    }
  });
});
