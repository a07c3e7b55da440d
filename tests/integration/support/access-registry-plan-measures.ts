/**
 * Access rules of the plan's computed indicators (`planMeasures.*`) and of the local groups' terms
 * (`interventions.localGroups.saveTerm`), issue 20, spread into the main registry. The hostile
 * term names the victim's local group; a member's harmless one carries a stale version.
 */
import type { AccessRule, Victim } from './access-registry.ts';

const victimGroup = (victim: Victim) => victim.localGroupIds[0] ?? '00000000-0000-4000-8000-000000000000';
const spring2019 = { year: 2019, term: 'spring', meetingsHeld: 9, allPartiesPresent: true };

export const planMeasuresAccessRules: Record<string, AccessRule> = {
  'planMeasures.preview': {
    access: 'tenant',
    minRole: 'viewer',
    input: () => ({ measure: 'localGroupsMeetingPerTermShare', params: {}, period: '2019-H1' }),
  },
  'interventions.localGroups.saveTerm': {
    access: 'tenant',
    minRole: 'editor',
    input: (victim) => ({ localGroupId: victimGroup(victim), ...spring2019, expectedVersion: null }),
    harmless: (victim) => ({ localGroupId: victimGroup(victim), ...spring2019, expectedVersion: 999_999 }),
  },
};
