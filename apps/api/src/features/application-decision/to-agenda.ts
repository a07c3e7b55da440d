import { agendaTitleFor, closedApplicationStatuses, DomainError, type ToAgendaInput } from '@samsyn/domain';
import { readApplication } from '../applications/read-application.ts';
import { addItem } from '../board-meetings/add-item.ts';
import type { TenantCtx } from '../verb-context.ts';

/**
 * "Till styrelsen": adds an agenda item about the application ("Ansökan: <title>" unless the
 * editor titles it) to a planned or held meeting whose minutes are not approved, with the
 * application among its documents. Carries the MEETING's version (its agenda moves on); audited as
 * the board's `boardAgendaItem.create` and `boardDocument.create`. An application already decided
 * or withdrawn goes to no meeting. Editors.
 */
export async function toAgenda(
  ctx: TenantCtx,
  input: ToAgendaInput,
): Promise<{ itemId: string; meetingId: string; meetingVersion: number }> {
  const application = await readApplication(ctx, input);
  if (closedApplicationStatuses.includes(application.status))
    throw new DomainError('CONFLICT', 'applicationDecision.notDecidable');
  const item = await addItem(ctx, {
    meetingId: input.meetingId,
    expectedVersion: input.expectedVersion,
    title: input.title || agendaTitleFor(application.title),
    description: '',
    concernsKind: 'application',
    concernsId: application.id,
  });
  return { itemId: item.id, meetingId: input.meetingId, meetingVersion: item.meetingVersion };
}
