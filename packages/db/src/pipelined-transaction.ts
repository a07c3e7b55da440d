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
 */
export async function pipelinedTransaction<T>(
  sql: Sql,
  work: (tx: TransactionSql) => Promise<T>,
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
  const begun = connection`begin`.execute();
  begun.catch(() => {}); // observed below; this only keeps an early failure from being "unhandled"
  try {
    let result: T;
    try {
      result = await work(tx);
      await begun;
    } catch (error) {
      await connection`rollback`.catch(() => {});
      throw error;
    }
    await connection`commit`;
    return result;
  } finally {
    connection.release();
  }
}
