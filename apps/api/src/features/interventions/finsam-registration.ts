import type { TransactionSql } from '@samsyn/db';
import { recordAudit } from '@samsyn/db';
import {
  type Period,
  parsePeriod,
  periodEndDate,
  periodStartDate,
  type RegisterFinsamPeriodInput,
  type UndoFinsamRegistrationInput,
} from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';

/** A period's mark "registrerad i Uppföljning Finsam"; `registeredAt` null when never or no longer registered. */
export interface FinsamRegistration {
  period: string;
  registeredAt: string | null;
  registeredByName: string | null;
  /** The row's version, for the next register or undo; null when the period has no row yet. */
  version: number | null;
}

/** `registered_at` as an ISO instant in UTC ("2026-12-04T16:12:00Z"), which every browser parses. */
const isoInstant = (tx: TransactionSql) =>
  tx`to_char(r.registered_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** The period's registration as the report shows it. */
export async function getFinsamRegistration(
  tx: TransactionSql,
  tenantId: string,
  period: string,
): Promise<FinsamRegistration> {
  const [row] = await tx<FinsamRegistration[]>`
    select r.period, ${isoInstant(tx)} as "registeredAt", u.name as "registeredByName", r.version
    from finsam_registrations r left join users u on u.id = r.registered_by
    where r.tenant_id = ${tenantId} and r.period = ${period}`;
  return row ?? { period, registeredAt: null, registeredByName: null, version: null };
}

/**
 * The registered periods an intervention ran in (its dates overlap the period; unknown dates are
 * open, as in the reports). Once there is one, its Uppföljning Finsam fields are locked.
 */
export async function registeredPeriodsCovering(
  tx: TransactionSql,
  tenantId: string,
  dates: { startDate: string | null; endDate: string | null },
): Promise<{ period: string; registeredAt: string }[]> {
  return tx<{ period: string; registeredAt: string }[]>`
    select r.period, ${isoInstant(tx)} as "registeredAt" from finsam_registrations r
    where r.tenant_id = ${tenantId} and r.registered_at is not null
      and (${dates.startDate}::date is null or r.period_end >= ${dates.startDate}::date)
      and (${dates.endDate}::date is null or r.period_start <= ${dates.endDate}::date)
    order by r.period_start, r.period_end`;
}

/**
 * Marks the period as registered in FK's Uppföljning Finsam, now and by the caller. Editors and
 * admins; CONFLICT when someone registered (or undid) it since the editor loaded it. Audited.
 */
export async function registerFinsamPeriod(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: RegisterFinsamPeriodInput,
): Promise<FinsamRegistration> {
  const period = parsePeriod(input.period) as Period;
  if (input.expectedVersion === null) {
    const inserted = await tx`
      insert into finsam_registrations (tenant_id, period, period_start, period_end, registered_at, registered_by)
      values (${tenantId}, ${input.period}, ${periodStartDate(period)}, ${periodEndDate(period)}, now(),
        current_user_id())
      on conflict (tenant_id, period) do nothing
      returning 1`;
    if (inserted.length === 0) staleOrMissing('finsamRegistration', true);
  } else {
    const updated = await tx`
      update finsam_registrations set registered_at = now(), registered_by = current_user_id(),
        version = version + 1
      where tenant_id = ${tenantId} and period = ${input.period} and version = ${input.expectedVersion}
        and registered_at is null
      returning 1`;
    if (updated.length === 0) staleOrMissing('finsamRegistration', await exists(tx, tenantId, input.period));
  }
  const after = await getFinsamRegistration(tx, tenantId, input.period);
  await recordAudit(tx, {
    action: 'finsam.register',
    entity: 'finsamRegistration',
    entityId: input.period,
    after: { period: input.period, registeredAt: after.registeredAt },
  });
  return after;
}

/**
 * Takes the mark away, with a reason kept in the audit log, so the period's interventions can be
 * changed again (and registered anew). Admins only; CONFLICT on a stale version. Audited.
 */
export async function undoFinsamRegistration(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: UndoFinsamRegistrationInput,
): Promise<FinsamRegistration> {
  const before = await getFinsamRegistration(tx, tenantId, input.period);
  const updated = await tx`
    update finsam_registrations set registered_at = null, registered_by = null, version = version + 1
    where tenant_id = ${tenantId} and period = ${input.period} and version = ${input.expectedVersion}
      and registered_at is not null
    returning 1`;
  if (updated.length === 0) staleOrMissing('finsamRegistration', before.version !== null);
  await recordAudit(tx, {
    action: 'finsam.undoRegistration',
    entity: 'finsamRegistration',
    entityId: input.period,
    before: {
      period: input.period,
      registeredAt: before.registeredAt,
      registeredBy: before.registeredByName,
    },
    after: { period: input.period, registeredAt: null, reason: input.reason },
  });
  return getFinsamRegistration(tx, tenantId, input.period);
}

async function exists(tx: TransactionSql, tenantId: string, period: string): Promise<boolean> {
  const [row] =
    await tx`select 1 from finsam_registrations where tenant_id = ${tenantId} and period = ${period}`;
  return row !== undefined;
}
