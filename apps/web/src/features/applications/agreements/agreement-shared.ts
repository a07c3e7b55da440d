import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';
import { useTRPC } from '../../../lib/trpc.ts';

export type AgreementView = inferRouterOutputs<AppRouter>['agreements']['forApplication'];
export type Agreement = NonNullable<AgreementView['agreement']>;
export type AgreementPayment = AgreementView['payments'][number];
export type AgreementReport = AgreementView['reports'][number];
export type AgreementChecks = NonNullable<AgreementView['checks']>;

/** What an agreement's write changes: the agreement and the reports' figures (commitments, payments due). */
export function useAgreementInvalidation() {
  const trpc = useTRPC();
  return () => [{ queryKey: trpc.agreements.pathKey() }, { queryKey: trpc.applicationReports.pathKey() }];
}
