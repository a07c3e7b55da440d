import type { TransactionSql } from '@samsyn/db';
import { type ApplicationStatus, DomainError } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';

/**
 * Locks an application for a decision's write at the version the editor loaded: NOT_FOUND for
 * another förbund's, CONFLICT when someone saved it first.
 */
export async function lockApplication(
  tx: TransactionSql,
  tenantId: string,
  applicationId: string,
  expectedVersion: number,
): Promise<{ id: string; status: ApplicationStatus; interventionId: string | null; version: number }> {
  const [row] = await tx<
    { id: string; status: ApplicationStatus; interventionId: string | null; version: number }[]
  >`
    select id, status, intervention_id as "interventionId", version from applications
    where tenant_id = ${tenantId} and id = ${applicationId} for update`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'application' });
  if (row.version !== expectedVersion) staleOrMissing('application', true);
  return row;
}
