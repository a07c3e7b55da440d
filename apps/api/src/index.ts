// What other workspace parts (the web app's types, cross-package tests, benchmarks) may use.
export { readSessionToken } from './auth/cookie.ts';
export { hashPassword } from './auth/password.ts';
export { ACTIVITY_RESOLUTION_SECONDS, parseSessionToken } from './auth/session.ts';
export { sha256Bytes } from './auth/tokens.ts';
export { type AppConfig, loadConfig } from './config.ts';
export { selectInterventions } from './features/interventions/records/intervention-record.ts';
export { createApp, MAX_BATCH_SIZE } from './http/app.ts';
export { createLogger } from './logger.ts';
export { type AppRouter, appRouter } from './router.ts';
export type { Context } from './trpc/context.ts';
export { createCallerFactory, type ProcedureMeta } from './trpc/init.ts';
