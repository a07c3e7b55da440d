import type { TransactionSql } from '@samsyn/db';
import { type ApplicationStatus, DomainError } from '@samsyn/domain';

/** The application a review write concerns: NOT_FOUND when it is not this förbund's. */
export async function readApplicationStatus(
  tx: TransactionSql,
  tenantId: string,
  applicationId: string,
  options: { lock: boolean },
): Promise<{ status: ApplicationStatus; version: number }> {
  const [row] = options.lock
    ? await tx<{ status: ApplicationStatus; version: number }[]>`
        select status, version from applications where tenant_id = ${tenantId} and id = ${applicationId} for update`
    : await tx<{ status: ApplicationStatus; version: number }[]>`
        select status, version from applications where tenant_id = ${tenantId} and id = ${applicationId}`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'application' });
  return row;
}

/** Refuses (CONFLICT) when the application is not in one of the statuses the write is open in. */
export function assertStatusOpen(status: ApplicationStatus, open: readonly ApplicationStatus[]): void {
  if (!open.includes(status))
    throw new DomainError('CONFLICT', 'applicationReview.statusNotOpen', { status });
}
