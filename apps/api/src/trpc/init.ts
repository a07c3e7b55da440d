import { type TransactionSql, withUser } from '@samsyn/db';
import { DomainError, isDomainError, type TenantRole, tenantSlugSchema } from '@samsyn/domain';
import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import type { ValidSession } from '../auth/session.ts';
import type { TenantCtx, UserCtx } from '../features/verb-context.ts';
import { inTenantTransaction, type TenantContext } from '../tenancy/tenant-transaction.ts';
import type { Context } from './context.ts';
import { DatabaseFailure } from './database-errors.ts';
import { toTrpcError } from './errors.ts';

/**
 * Who may call a procedure. Every procedure declares one through its tier; the tenant-isolation
 * suite fails on any procedure without it.
 */
export type Access = 'public' | 'authed' | 'tenant' | 'network' | 'platform';
export interface ProcedureMeta {
  access: Access;
  minRole?: TenantRole;
}

/** A field-level validation problem, for forms to show beside the field. */
export interface FieldIssue {
  path: string;
  message: string;
}

const messageKeyPattern = /^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/;

const issuesOf = (cause: unknown): FieldIssue[] | null => {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return null;
  return issues.map((issue: { path?: PropertyKey[]; message?: string; code?: string }) => ({
    path: (issue.path ?? []).map(String).join('.'),
    // Our schemas give stable keys (`orgNumber.checkDigit`) as messages; zod's own messages are
    // English prose, so for those send the issue code (`too_small`) for the client to translate.
    message:
      issue.message && messageKeyPattern.test(issue.message) ? issue.message : (issue.code ?? 'invalid'),
  }));
};

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const isInternal = error.code === 'INTERNAL_SERVER_ERROR';
      return {
        // Internals stay in the log (with the request id), never in the answer.
        message: isInternal ? 'internal' : shape.message,
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          reason: isDomainError(cause) || cause instanceof DatabaseFailure ? cause.reason : null,
          details: isDomainError(cause) ? (cause.details ?? null) : null,
          issues: error.code === 'BAD_REQUEST' ? issuesOf(cause) : null,
        },
      };
    },
  });

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** A failed call's DomainError, thrown again as the TRPCError the client should see. */
function throwIfDomainFailure(result: { ok: boolean; error?: unknown }) {
  if (result.ok) return;
  const mapped = toTrpcError(result.error);
  if (mapped !== result.error) throw mapped;
}

const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  throwIfDomainFailure(result);
  return result;
});

/** Anyone, logged in or not. */
export const publicProcedure = t.procedure.use(mapDomainErrors).meta({ access: 'public' });

/** Any logged-in user. */
export const authedProcedure = t.procedure
  .use(mapDomainErrors)
  .meta({ access: 'authed' })
  .use(async ({ ctx, next }) => {
    const session = await ctx.session.resolve();
    if (!session) throw new DomainError('UNAUTHENTICATED', 'auth.required');
    const actor: UserCtx['actor'] = {
      userId: session.user.id,
      sessionId: session.sessionId,
      requestId: ctx.requestId,
    };
    return next({
      ctx: { session: { id: session.sessionId, user: session.user }, user: session.user, actor },
    });
  });

/**
 * Who may see the national views: the national network, and every user with an active membership
 * in an active förbund (each förbund sees itself beside the nation). Platform admins and users
 * without a förbund get FORBIDDEN. The access stays `authed` (any logged-in user may ask; the
 * answer depends on who asks) and what it returns is aggregates only.
 */
export const nationalViewerProcedure = authedProcedure.use(async ({ ctx, next }) => {
  if (!ctx.user.globalRoles.includes('network')) {
    const [row] = await withUser(
      ctx.sql,
      { userId: ctx.user.id, requestId: ctx.requestId },
      (tx) => tx`
      select 1 from memberships m join tenants t on t.id = m.tenant_id and t.status = 'active'
      where m.user_id = ${ctx.user.id} and m.is_active limit 1`,
    );
    if (!row) throw new DomainError('FORBIDDEN', 'national.noAccess');
  }
  return next();
});

/** Platform admins: onboarding and lifecycle of förbund, no domain data. */
export const platformProcedure = authedProcedure.meta({ access: 'platform' }).use(({ ctx, next }) => {
  if (!ctx.user.globalRoles.includes('platform_admin'))
    throw new DomainError('FORBIDDEN', 'auth.platformOnly');
  return next();
});

class Rollback extends Error {}

/**
 * The tenant tier's first middleware: `mapDomainErrors` plus the cookie check, in one layer (each
 * tRPC middleware copies the call's options and context; this runs on every förbund request).
 * Without a cookie there is nothing to check: answer as authedProcedure would, before the input.
 */
const tenantGate = t.middleware(async ({ ctx, next }) => {
  // Thrown here, an error would reach the caller unmapped: map it as mapDomainErrors would.
  if (!ctx.session.token) throw toTrpcError(new DomainError('UNAUTHENTICATED', 'auth.required'));
  const result = await next();
  throwIfDomainFailure(result);
  return result;
});

/**
 * A procedure inside one förbund, for members with at least `minRole`. The input names the
 * förbund by slug (the one in the browser's URL). The whole procedure runs in ONE transaction
 * with `app.tenant_id` set (see `inTenantTransaction`); the procedure gets a `TenantCtx` (`ctx.tx`,
 * `ctx.tenant`, `ctx.actor`) to hand its verb. If the procedure fails, the transaction rolls back.
 *
 * Not built on `authedProcedure`: the transaction checks the session itself, in the same round
 * trip as the membership, so a tenant read costs no separate session lookup.
 */
export const tenantProcedure = (minRole: TenantRole) =>
  t.procedure
    .use(tenantGate)
    .meta({ access: 'tenant', minRole })
    .input(z.object({ tenant: tenantSlugSchema }))
    .use(async ({ ctx, input, type, next }) => {
      const runProcedure = (tx: TransactionSql, tenant: TenantContext, session: ValidSession) => {
        const verbCtx: TenantCtx = {
          tx,
          tenant,
          actor: { userId: session.user.id, requestId: ctx.requestId },
        };
        return next({ ctx: { ...verbCtx, user: session.user } });
      };
      let result: Awaited<ReturnType<typeof runProcedure>> | undefined;
      try {
        await inTenantTransaction(
          ctx.sql,
          {
            session: ctx.session,
            requestId: ctx.requestId,
            slug: input.tenant,
            minRole,
            // Queries read; PostgreSQL holds them to that (READ ONLY), and they answer before COMMIT.
            readOnly: type === 'query',
          },
          async (tx, tenant, session) => {
            result = await runProcedure(tx, tenant, session);
            // next() reports failure as a value; throw so that the transaction rolls back.
            if (!result.ok) throw new Rollback();
          },
        );
      } catch (error) {
        if (!(error instanceof Rollback)) throw error;
      }
      if (!result) throw new Error('tenant transaction ended without a result');
      return result;
    });

/** The förbund tiers by role, one name each: every förbund procedure starts from one of these. */
export const viewer = tenantProcedure('viewer');
export const editor = tenantProcedure('editor');
export const admin = tenantProcedure('admin');
