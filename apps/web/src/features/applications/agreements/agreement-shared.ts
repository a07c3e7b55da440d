import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '../../../lib/trpc.ts';

export type AgreementView = inferRouterOutputs<AppRouter>['agreements']['forApplication'];
export type Agreement = NonNullable<AgreementView['agreement']>;
export type AgreementPayment = AgreementView['payments'][number];
export type AgreementReport = AgreementView['reports'][number];
export type AgreementChecks = NonNullable<AgreementView['checks']>;

/** What each part of the agreement's section gets: the agreement as read, and what the user may do. */
export interface AgreementPartProps {
  view: AgreementView;
  canEdit: boolean;
  isAdmin: boolean;
}

/** What an agreement's write changes: the agreement and the reports' figures (commitments, payments due). */
export function useAgreementInvalidation() {
  const trpc = useTRPC();
  return () => [{ queryKey: trpc.agreements.pathKey() }, { queryKey: trpc.applicationReports.pathKey() }];
}

/**
 * Focus for after an act whose button goes away (marked paid, signed, proposed): the part's heading
 * (tabIndex -1) takes it, so a keyboard user is not dropped at the top of the page. The effect runs
 * after the dialog's own, which has by then given focus back to a button no longer there.
 */
export function useFocusAfterAct<Element extends HTMLElement>() {
  const ref = useRef<Element>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (tick > 0) ref.current?.focus();
  }, [tick]);
  return { ref, focusLater: () => setTick((value) => value + 1) };
}
