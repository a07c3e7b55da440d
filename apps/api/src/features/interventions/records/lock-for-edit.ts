import type { TransactionSql } from '@samsyn/db';
import { staleOrMissing } from '../../concurrency.ts';
import {
  assertNotArchived,
  getInterventionRecord,
  type InterventionRecord,
  lockIntervention,
} from './intervention-record.ts';

/**
 * The intervention an edit starts from: locked for the transaction, still at the version the
 * editor loaded (CONFLICT otherwise) and not archived (CONFLICT `intervention.archived`); NOT_FOUND
 * when the förbund has none with that id.
 */
export async function lockForEdit(
  tx: TransactionSql,
  tenantId: string,
  id: string,
  expectedVersion: number,
): Promise<InterventionRecord> {
  const locked = await lockIntervention(tx, tenantId, id);
  if (locked.version !== expectedVersion) staleOrMissing('intervention', true);
  assertNotArchived(locked);
  return getInterventionRecord(tx, tenantId, id);
}
