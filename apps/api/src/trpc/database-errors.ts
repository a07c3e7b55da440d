import type { ReasonKey } from '@samsyn/domain';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

/**
 * The one place where PostgreSQL / postgres.js failures get a meaning for the caller. Anything not
 * listed here stays an internal error (500, logged with the request id).
 */
export interface DatabaseErrorClass {
  code: Extract<TRPC_ERROR_CODE_KEY, 'SERVICE_UNAVAILABLE' | 'CONFLICT' | 'BAD_REQUEST'>;
  /** A stable key for the web app's catalogue. */
  reason: Extract<ReasonKey, 'service.unavailable' | 'conflict.exists' | 'input.invalid'>;
  /** The HTTP status the code stands for, for routes outside tRPC. */
  httpStatus: 503 | 409 | 400;
}

const unavailable: DatabaseErrorClass = {
  code: 'SERVICE_UNAVAILABLE',
  reason: 'service.unavailable',
  httpStatus: 503,
};
const conflict: DatabaseErrorClass = { code: 'CONFLICT', reason: 'conflict.exists', httpStatus: 409 };
const invalidInput: DatabaseErrorClass = { code: 'BAD_REQUEST', reason: 'input.invalid', httpStatus: 400 };

/**
 * The connection is gone or cannot be had: postgres.js' own codes (errors.js `connection`,
 * `generic`) and the socket errors Node reports. Retrying later can succeed, hence 503.
 */
const connectionCodes = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** SQLSTATEs from the server that mean "not now", not "never". */
const unavailableStates = new Set([
  '57P01', // admin_shutdown: the server is stopping (fast/smart shutdown)
  '57P02', // crash_shutdown: another backend crashed, the postmaster resets everyone
  '57P03', // cannot_connect_now: starting up or in recovery
  '53300', // too_many_connections
]);

/**
 * Input that slipped past the schemas (they are the first line of defence). Refused by
 * PostgreSQL itself, it is still the caller's input that is wrong, never a 500.
 */
const invalidInputStates = new Set([
  '22021', // character_not_in_repertoire (e.g. NUL)
  '22P05', // untranslatable_character (e.g. \u0000 in jsonb)
  '22001', // string_data_right_truncation
  '22003', // numeric_value_out_of_range
  '54000', // program_limit_exceeded (e.g. an index row too large)
]);

/** The error itself, then its causes (a TRPCError wraps what the procedure threw) and members. */
function* chainOf(error: unknown): Generator<object> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    yield current;
    queue.push((current as { cause?: unknown }).cause);
    // Node reports a refused connection to several addresses as one AggregateError.
    const members = (current as { errors?: unknown }).errors;
    if (Array.isArray(members)) queue.push(...members);
  }
}

const codeOf = (error: object): string | null => {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
};

/** What a database failure means for the caller, or null if it is no database failure we know. */
export function classifyDatabaseError(error: unknown): DatabaseErrorClass | null {
  for (const link of chainOf(error)) {
    const code = codeOf(link);
    if (code === null) continue;
    if (connectionCodes.has(code)) return unavailable;
    // SQLSTATE class 08: connection exception (connection_failure, protocol_violation, …).
    if (/^08[0-9A-Z]{3}$/.test(code) || unavailableStates.has(code)) return unavailable;
    if (code === '23505') return conflict; // unique_violation: someone else created it first
    // object_not_in_prerequisite_state: a row locked by a trigger (0024: approved minutes are the
    // record). The verbs refuse first with their own reason; this is the backstop's answer.
    if (code === '55000') return conflict;
    if (invalidInputStates.has(code)) return invalidInput;
  }
  return null;
}

/**
 * The cause a mapped TRPCError carries: the reason key for the answer, and the original
 * database error behind it for the log.
 */
export class DatabaseFailure extends Error {
  override readonly name = 'DatabaseFailure';
  constructor(
    readonly reason: DatabaseErrorClass['reason'],
    override readonly cause: unknown,
  ) {
    super(reason);
  }
}
