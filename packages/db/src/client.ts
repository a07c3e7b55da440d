import postgres from 'postgres';
import { settleBackgroundCommits } from './pipelined-transaction.ts';

export type Sql = postgres.Sql;
export type TransactionSql = postgres.TransactionSql;
/** Either a pool or an open transaction: what a query helper needs. */
export type Queryable = postgres.Sql | postgres.TransactionSql;

export interface ClientOptions {
  /** Pool size. The API's default suits a small server; tests use fewer. */
  max?: number;
  /** Name shown in pg_stat_activity, useful when several processes share a server. */
  applicationName?: string;
  /** Seconds to wait for a connection to be established. */
  connectTimeout?: number;
}

/**
 * A postgres.js pool. bigint and numeric columns come back as strings (postgres.js default);
 * convert them once, where the row leaves the data layer, never with floating point.
 */
export function createSql(url: string, options: ClientOptions = {}): Sql {
  const sql = postgres(url, {
    max: options.max ?? 10,
    idle_timeout: 30,
    connect_timeout: options.connectTimeout ?? 10,
    onnotice: () => {},
    connection: { application_name: options.applicationName ?? 'samsyn' },
  });
  // Let read-only transactions that answered before their COMMIT finish first (see
  // pipelinedTransaction); postgres.js can't end a connection that is still reserved.
  const end = sql.end.bind(sql);
  sql.end = async (endOptions) => {
    await settleBackgroundCommits(sql);
    return end(endOptions);
  };
  return sql;
}
