import type { CreateInterventionInput } from '@samsyn/domain';
import type { DemoForbundInterventions, DemoIntervention, DemoMemberName } from './demo-types.ts';
import { gavleborgDemo } from './gavleborg.ts';
import { harnosandTimraDemo } from './harnosand-timra.ts';
import { insjoriketDemo } from './insjoriket.ts';

/**
 * The seed interventions, per demo förbund, for the database seed: Gävleborg H1 2019 (Bilaga 1 of
 * the half-year report, with its ten local groups), Härnösand-Timrå 2016 (the projects granted in
 * the operational plan) and Insjöriket 2020 (the operational plan's interventions). Whatever the
 * seeds do not give is a plausible invention marked `isDemoEstimate`.
 */
export const demoInterventions: readonly DemoForbundInterventions[] = [
  gavleborgDemo,
  harnosandTimraDemo,
  insjoriketDemo,
];

/**
 * Turns a demo intervention into the input `createInterventionSchema` accepts, once the seed knows
 * the ids of the förbund's members (by name) and local groups (by key). Throws on a name or key it
 * cannot resolve: that is a bug in the seed, not a user error.
 */
export function demoInterventionInput(
  demo: DemoIntervention,
  memberIdByName: ReadonlyMap<DemoMemberName, string>,
  localGroupIdByKey: ReadonlyMap<string, string> = new Map(),
): CreateInterventionInput {
  const memberId = (name: DemoMemberName) => {
    const id = memberIdByName.get(name);
    if (id === undefined) throw new Error(`demo intervention ${demo.key}: no member named ${name}`);
    return id;
  };
  let localGroupId: string | null = null;
  if (demo.localGroupKey !== null) {
    const id = localGroupIdByKey.get(demo.localGroupKey);
    if (id === undefined)
      throw new Error(`demo intervention ${demo.key}: no local group ${demo.localGroupKey}`);
    localGroupId = id;
  }
  return {
    name: demo.name,
    kind: demo.kind,
    purpose: demo.purpose,
    targetGroupIds: [...demo.targetGroupIds],
    targetGroupText: demo.targetGroupText,
    methodTagIds: [...demo.methodTagIds],
    freeTags: [...demo.freeTags],
    leadOrganisation:
      demo.lead === 'forbund' ? { type: 'forbund' } : { type: 'member', memberId: memberId(demo.lead) },
    partnerMemberIds: demo.partners.map(memberId),
    startDate: demo.startDate,
    endDate: demo.endDate,
    status: demo.status,
    participantRegistration: demo.participantRegistration,
    localGroupId,
    isEsfFunded: demo.finsam?.isEsfFunded ?? false,
    followUpMethod: demo.finsam?.followUpMethod ?? null,
    detailedDirection: demo.finsam?.detailedDirection ?? '',
  };
}
