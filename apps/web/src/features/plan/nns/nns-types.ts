import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;

/** What the API answers for the results page, the import preview and the national distribution. */
export type NnsPage = Outputs['nns']['results'];
export type NnsPageResult = NnsPage['results'][number];
export type NnsImportPreview = Outputs['nns']['importPreview'];
export type NnsNational = Outputs['nns']['national'];
