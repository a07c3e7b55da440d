import type { ValidationProblem } from '../validation-problem.ts';
import { type ApplicationStatus, submittedApplicationStatuses } from './application-status.ts';

/**
 * The Finsam rule (lag 2003:1210): samverkansmedel go to joint work of at least two of the förbund's
 * member organisations, one of them the lead applicant (huvudsökande). Drafts and expected
 * applications may be incomplete; from 'received' on the rule holds. `partyMemberIds` are the
 * parties besides the lead (the lead among them counts once).
 */
export function finsamPartyProblems(
  parties: { leadMemberId: string | null; partyMemberIds: readonly string[] },
  status: ApplicationStatus,
): ValidationProblem[] {
  if (!submittedApplicationStatuses.includes(status)) return [];
  const problems: ValidationProblem[] = [];
  if (parties.leadMemberId === null)
    problems.push({ key: 'applications.leadRequired', path: ['leadMemberId'] });
  const distinct = new Set([
    ...parties.partyMemberIds,
    ...(parties.leadMemberId ? [parties.leadMemberId] : []),
  ]);
  if (parties.leadMemberId === null || distinct.size < 2)
    problems.push({ key: 'applications.finsamParties', path: ['partyMemberIds'] });
  return problems;
}
