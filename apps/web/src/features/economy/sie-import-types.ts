import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';

type Preview = inferRouterOutputs<AppRouter>['economy']['sieImport']['preview'];

/** A preview of a file without problems, as the page shows it. */
export type SiePreview = Extract<Preview, { ok: true }>;
