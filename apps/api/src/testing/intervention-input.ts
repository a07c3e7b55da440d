import type { inferRouterInputs } from '@trpc/server';
import type { AppRouter } from '../router.ts';

type CreateIntervention = Omit<inferRouterInputs<AppRouter>['interventions']['create'], 'tenant'>;

/**
 * What `interventions.create` needs for an intervention that only has to exist (an individual
 * one the förbund itself leads, in pre-study, without dates or tags); a test overrides what it
 * is about (`{ status: 'ended', endDate: … }`).
 */
export function newInterventionInput(
  name: string,
  overrides: Partial<CreateIntervention> = {},
): CreateIntervention & { kind: 'individual' } {
  return {
    name,
    kind: 'individual',
    purpose: '',
    targetGroupIds: [],
    targetGroupText: '',
    methodTagIds: [],
    freeTags: [],
    leadOrganisation: { type: 'forbund' },
    partnerMemberIds: [],
    startDate: null,
    endDate: null,
    status: 'pre_study',
    participantRegistration: 'volume_only',
    localGroupId: null,
    ...overrides,
  } as CreateIntervention & { kind: 'individual' };
}
