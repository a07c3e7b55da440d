import type { Queryable } from '@samsyn/db';
import { invalidateSession, type SessionPolicy, type ValidSession, validateSessionToken } from './session.ts';

/**
 * The session of one request, looked up only when something asks for it. A tenant procedure
 * never asks: its transaction checks the session in the same round trip as the membership
 * (`inTenantTransaction`) and reports the result here with `settle`, saving a round trip per
 * request. Everything else (`authed`, `network`, `platform` procedures, `auth.me`, the export
 * route) calls `resolve`, which runs the ordinary lookup once and remembers it.
 */
export class RequestSession {
  #known: Promise<ValidSession | null> | null = null;
  #settled: ValidSession | null | undefined = undefined;

  constructor(
    private readonly db: Queryable,
    /** The raw cookie token, or null when there is none. */
    readonly token: string | null,
    readonly policy: SessionPolicy,
  ) {}

  /** The validated session, or null for no, an expired or a forged token. */
  resolve(): Promise<ValidSession | null> {
    if (!this.#known) {
      this.#known = this.token
        ? validateSessionToken(this.db, this.token, this.policy).then((session) => this.#remember(session))
        : Promise.resolve(this.#remember(null));
    }
    return this.#known;
  }

  /** Records a session validated elsewhere, so that `resolve` doesn't look it up again. */
  settle(session: ValidSession | null): void {
    if (!this.#known) this.#known = Promise.resolve(this.#remember(session));
  }

  /**
   * Ends the session this request came with, if it is a valid one. A login or an accepted
   * invitation sets a new cookie over the old one; the session the old cookie held would
   * otherwise stay alive, out of its browser's reach, until it expired.
   */
  async endIfValid(): Promise<void> {
    const session = await this.resolve();
    if (session) await invalidateSession(this.db, session.sessionId);
  }

  /** What is known so far without asking the database (for the request log): undefined = not asked. */
  get current(): ValidSession | null | undefined {
    return this.#settled;
  }

  #remember(session: ValidSession | null) {
    this.#settled = session;
    return session;
  }
}
