import { recordAudit, type TransactionSql } from '@samsyn/db';
import {
  DomainError,
  MAX_LOGO_BYTES,
  type TenantLogoDeleteInput,
  type TenantLogoSaveInput,
  ValidationFailed,
} from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import { type LogoMediaType, logoMediaType } from './logo-image.ts';

/** The logo as the settings page shows it. */
export interface TenantLogo {
  mediaType: LogoMediaType;
  version: number;
  dataBase64: string;
}

interface LogoRow {
  mediaType: LogoMediaType;
  bytes: Buffer;
  version: number;
}

/** The förbund's stored logo (bytes and type), or null; also what the report's files are drawn with. */
export async function readTenantLogo(tx: TransactionSql, tenantId: string): Promise<LogoRow | null> {
  const [row] = await tx<LogoRow[]>`
    select media_type as "mediaType", bytes, version from tenant_logos where tenant_id = ${tenantId}`;
  return row ?? null;
}

/** The förbund's logo for its reports, or null. Any member (it is on every report). */
export async function getTenantLogo({ tx, tenant }: TenantCtx): Promise<TenantLogo | null> {
  const row = await readTenantLogo(tx, tenant.id);
  return row
    ? { mediaType: row.mediaType, version: row.version, dataBase64: row.bytes.toString('base64') }
    : null;
}

const problem = (key: string) =>
  new ValidationFailed('reportOutput.logoInvalid', [{ key, path: ['dataBase64'] }]);

/**
 * Saves (or replaces) the förbund's logo: a PNG or JPEG read from its bytes, at most 1 MB, else a
 * Swedish message beside the file field. `expectedVersion` 0 when there was none. Admins; audited
 * with the type and size, never the bytes.
 */
export async function saveTenantLogo(
  { tx, tenant }: TenantCtx,
  input: TenantLogoSaveInput,
): Promise<{ version: number }> {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length === 0) throw problem('reportOutput.logoRequired');
  if (bytes.length > MAX_LOGO_BYTES) throw problem('reportOutput.logoTooLarge');
  const mediaType = logoMediaType(bytes);
  if (!mediaType) throw problem('reportOutput.logoTypeRefused');
  const before = await readTenantLogo(tx, tenant.id);
  if ((before?.version ?? 0) !== input.expectedVersion) staleOrMissing('tenantLogo', true);
  const [saved] = before
    ? await tx<{ version: number }[]>`
        update tenant_logos set media_type = ${mediaType}, bytes = ${bytes}, version = version + 1
        where tenant_id = ${tenant.id} and version = ${input.expectedVersion}
        returning version`
    : await tx<{ version: number }[]>`
        insert into tenant_logos (tenant_id, media_type, bytes) values (${tenant.id}, ${mediaType}, ${bytes})
        on conflict (tenant_id) do nothing
        returning version`;
  if (!saved) staleOrMissing('tenantLogo', true);
  await recordAudit(tx, {
    action: 'tenantLogo.save',
    entity: 'tenantLogo',
    before: before ? { mediaType: before.mediaType, bytes: before.bytes.length } : undefined,
    after: { mediaType, bytes: bytes.length },
  });
  return saved;
}

/** Removes the förbund's logo; reports are then drawn without one. Admins; audited. */
export async function deleteTenantLogo(
  { tx, tenant }: TenantCtx,
  input: TenantLogoDeleteInput,
): Promise<void> {
  const before = await readTenantLogo(tx, tenant.id);
  if (!before) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'tenantLogo' });
  const deleted = await tx`
    delete from tenant_logos where tenant_id = ${tenant.id} and version = ${input.expectedVersion}
    returning 1`;
  if (deleted.length === 0) staleOrMissing('tenantLogo', true);
  await recordAudit(tx, {
    action: 'tenantLogo.delete',
    entity: 'tenantLogo',
    before: { mediaType: before.mediaType, bytes: before.bytes.length },
  });
}
