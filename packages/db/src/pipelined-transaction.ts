import type { Sql, TransactionSql } from './client.ts';

/**
 * Runs `work` in one transaction, like postgres.js's `sql.begin`, but without BEGIN's own round
 * trip. `sql.begin` sends BEGIN and waits for its answer before the first statement goes out;
 * here BEGIN is written to the connection together with the transaction's first statements
 * (postgres.js pipelines queries issued on one reserved connection), and COMMIT follows the last.
 * For a request that does its work in one pipelined batch that is three round trips, not four:
 * on a busy 2-core server each one costs a wake-up of the database process and of ours.
 *
 * The transaction handed to `work` is the reserved connection with `savepoint` added, so verbs
 * written against `TransactionSql` run unchanged. `prepare` (two-phase commit) is not offered.
 * If `work` throws, the transaction is rolled back and the error rethrown; the connection goes
 * back to the pool only after COMMIT or ROLLBACK has been answered.
 *
 * With `readOnly`, the transaction is READ ONLY (PostgreSQL refuses writes in it) and the result
 * is returned without waiting for COMMIT's answer: a reader's request costs one round trip less.
 * Measured against `sql.begin` in issue 18 (docs/performance.md): a tenant read cost a median
 * ≈ 20 % more CPU without this, so it stays.
 */
/**
 * Read-only transactions still ending behind their answers, per pool. `createSql`'s `end()` waits
 * for them: postgres.js would otherwise wait forever for a connection that was still reserved when
 * `end()` began.
 */
const backgroundCommits = new WeakMap<object, Set<Promise<void>>>();

function trackBackgroundCommit(sql: Sql, committed: Promise<void>) {
  const pending = backgroundCommits.get(sql) ?? new Set();
  backgroundCommits.set(sql, pending);
  pending.add(committed);
  committed.finally(() => pending.delete(committed));
}

/** Resolves once every read-only transaction of this pool has ended (before `sql.end()`). */
export async function settleBackgroundCommits(sql: Sql): Promise<void> {
  await Promise.all(backgroundCommits.get(sql) ?? []);
}

export async function pipelinedTransaction<T>(
  sql: Sql,
  work: (tx: TransactionSql) => Promise<T>,
  options: { readOnly?: boolean } = {},
): Promise<T> {
  const connection = await sql.reserve();
  let savepoints = 0;

  async function savepoint<R>(
    nameOrWork: string | ((tx: TransactionSql) => Promise<R>),
    maybeWork?: (tx: TransactionSql) => Promise<R>,
  ): Promise<R> {
    const inner = typeof nameOrWork === 'function' ? nameOrWork : maybeWork;
    if (!inner) throw new Error('savepoint needs a function');
    // Our own name, never the caller's: it is spliced into the statement.
    const name = `s${savepoints++}`;
    await connection.unsafe(`savepoint ${name}`);
    try {
      const result = await inner(tx);
      await connection.unsafe(`release savepoint ${name}`);
      return result;
    } catch (error) {
      await connection.unsafe(`rollback to savepoint ${name}`);
      throw error;
    }
  }

  const tx = Object.assign(connection, {
    savepoint,
    prepare: () => {
      throw new Error('two-phase commit is not supported in a pipelined transaction');
    },
  }) as unknown as TransactionSql;

  // Sent now (a query goes out when something awaits it), ahead of everything `work` issues.
  const begun = connection.unsafe(options.readOnly ? 'begin transaction read only' : 'begin').execute();
  begun.catch(() => {}); // observed below; this only keeps an early failure from being "unhandled"
  let result: T;
  try {
    result = await work(tx);
    await begun;
  } catch (error) {
    await connection`rollback`.catch(() => {});
    connection.release();
    throw error;
  }
  if (options.readOnly) {
    // PostgreSQL refused every write, so there is nothing to wait for: the result stands whatever
    // COMMIT answers. Answer now and end the transaction behind the answer, one round trip less
    // on the reader's path; the connection goes back to the pool only once COMMIT is answered.
    const committed = connection`commit`.then(
      () => connection.release(),
      () => connection.release(),
    );
    trackBackgroundCommit(sql, committed);
    return result;
  }
  try {
    await connection`commit`;
    return result;
  } finally {
    connection.release();
  }
}
