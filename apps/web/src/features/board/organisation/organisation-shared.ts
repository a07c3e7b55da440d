import type { AppRouter } from '@samsyn/api';
import type { MemberGroup } from '@samsyn/domain';
import type { inferRouterOutputs } from '@trpc/server';
import type { TFunction } from 'i18next';
import type { Choice } from '../../../components/filter-field.tsx';
import { useTRPC } from '../../../lib/trpc.ts';

type Outputs = inferRouterOutputs<AppRouter>['organisation'];
export type Composition = Outputs['composition'];
export type BodyRecord = Outputs['bodies']['list'][number];
export type SeatRecord = Outputs['seats']['list'][number];
export type PersonRecord = Outputs['people']['list'][number];
export type SeatRuleRecord = Outputs['seatRules']['list'][number];

/** A member of the förbund as the forms offer it ("Representerar"). */
export interface MemberChoice {
  id: string;
  name: string;
}

/** Every organisation query: a write here can change the composition, the checks and the lists. */
export function useOrganisationQueries() {
  const trpc = useTRPC();
  return () => [trpc.organisation.pathFilter()];
}

const groups: readonly MemberGroup[] = ['municipalities', 'state'];

/** "Representerar": the members, the two groups, and (for a seat) nobody. */
export function representsChoices(
  t: TFunction,
  members: readonly MemberChoice[],
  withNone: boolean,
): Choice[] {
  return [
    ...(withNone
      ? [{ value: '', label: t('boardOrganisation.seatForm.representsNone') }]
      : [{ value: '', label: t('boardOrganisation.rules.chooseRepresents') }]),
    ...groups.map((group) => ({
      value: `group:${group}`,
      label: t(`boardOrganisation.memberGroups.${group}`),
    })),
    ...members.map((member) => ({ value: `member:${member.id}`, label: member.name })),
  ];
}
