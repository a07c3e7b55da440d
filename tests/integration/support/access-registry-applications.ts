/**
 * Access rules of `applications.*` (issue 22, applications for funds), spread into the main registry.
 * The victim's rows: support/victim-applications.ts ([under review, granted]). Each hostile input
 * names a real row of another förbund; the harmless inputs carry a stale version (CONFLICT before
 * anything changes) or input the schema refuses.
 */
import type { AccessRule, Victim } from './access-registry.ts';

const noSuchId = '00000000-0000-4000-8000-000000000000';
const first = (ids: string[]) => ids[0] ?? noSuchId;
const application = (v: Victim) => first(v.applicationIds);

export const applicationsAccessRules: Record<string, AccessRule> = {
  'applications.get': {
    access: 'tenant',
    minRole: 'viewer',
    input: (v) => ({ applicationId: application(v) }),
  },
};
