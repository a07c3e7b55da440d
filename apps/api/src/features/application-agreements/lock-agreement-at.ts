import type { TransactionSql } from '@samsyn/db';
import { staleOrMissing } from '../concurrency.ts';
import { type LockedAgreement, lockAgreement, refuseClosed } from './agreement-rows.ts';

/**
 * `lockAgreement` for a change of the agreement itself (its years, signing, closing): at the
 * version the editor loaded (CONFLICT otherwise) and not closed, as `lockReportAt` and
 * `lockPaymentAt` are for its parts.
 */
export async function lockAgreementAt(
  tx: TransactionSql,
  tenantId: string,
  input: { agreementId: string; expectedVersion: number },
): Promise<LockedAgreement> {
  const agreement = await lockAgreement(tx, tenantId, input.agreementId);
  if (agreement.version !== input.expectedVersion) staleOrMissing('applicationAgreement', true);
  refuseClosed(agreement);
  return agreement;
}
