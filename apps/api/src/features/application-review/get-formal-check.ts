import { type ApplicationStatus, type ChecklistAnswer, formalCheckStatuses } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { readApplicationStatus } from './application-lock.ts';

export interface FormalCheckRow {
  pointId: string;
  text: string;
  active: boolean;
  answer: ChecklistAnswer | null;
  comment: string;
  answeredByName: string | null;
  /** When the answer was last changed (ISO instant, UTC), null when not answered. */
  answeredAt: string | null;
}

export interface FormalCheckRecord {
  applicationId: string;
  status: ApplicationStatus;
  /** The application's version: saving the formal check carries it. */
  version: number;
  /** Whether the application's status lets the formal check be saved. */
  isOpen: boolean;
  rows: FormalCheckRow[];
}

/**
 * One application's formal check: the active checklist points (and a deactivated point this
 * application already answered) in order, each with its answer, comment, who and when. Viewers.
 */
export async function getFormalCheck(
  { tx, tenant }: TenantCtx,
  input: { applicationId: string },
): Promise<FormalCheckRecord> {
  const application = await readApplicationStatus(tx, tenant.id, input.applicationId, { lock: false });
  const rows = await tx<FormalCheckRow[]>`
    select p.id as "pointId", p.text, p.active, a.answer, coalesce(a.comment, '') as comment,
      u.name as "answeredByName",
      case when a.answer is null then null
        else to_char(a.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') end as "answeredAt"
    from application_checklist_points p
    left join application_checklist_answers a
      on a.tenant_id = p.tenant_id and a.point_id = p.id and a.application_id = ${input.applicationId}
    left join users u on u.id = a.answered_by
    where p.tenant_id = ${tenant.id} and (p.active or a.answer is not null)
    order by p.position, p.id`;
  return {
    applicationId: input.applicationId,
    status: application.status,
    version: application.version,
    isOpen: formalCheckStatuses.includes(application.status),
    rows,
  };
}
