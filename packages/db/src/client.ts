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
  /** Seconds to wait for a connection to be established (default 3). */
  connectTimeout?: number;
}

/**
 * Seconds to wait before a connection tries again after failing to connect, by the number of
 * failures in a row. postgres.js' default grows to 20 s (`3 ** n / 100`), so reads came back about
 * 5 s after the database did, and a request queued behind a connection in backoff waited that
 * long. While the database is down every attempt is refused at once (cheap), so try often:
 * 50, 100, 200, 400 ms, then every 500 ms. Reads return within half a second of the database.
 */
const reconnectBackoff = (failures: number) => Math.min(0.025 * 2 ** failures, 0.5);

/**
 * A postgres.js pool. bigint and numeric columns come back as strings (postgres.js default);
 * convert them once, where the row leaves the data layer, never with floating point.
 */
export function createSql(url: string, options: ClientOptions = {}): Sql {
  const sql = postgres(url, {
    max: options.max ?? 10,
    idle_timeout: 30,
    // A database that does not answer at all (a host gone, not a refused port) makes each waiting
    // request wait this long before its 503; 3 s is ample for a connection on a healthy server.
    connect_timeout: options.connectTimeout ?? 3,
    backoff: reconnectBackoff,
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
