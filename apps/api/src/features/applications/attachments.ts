import { recordAudit } from '@samsyn/db';
import { type ApplicationAttachmentInput, DomainError } from '@samsyn/domain';
import { readUploadedFile } from '../uploaded-file.ts';
import type { TenantCtx } from '../verb-context.ts';
import { bumpApplicationVersion, lockApplication, refuseIfClosed } from './application-rows.ts';

/**
 * Attaches a file (≤ 10 MB) to an application: its type is read from the bytes, never from the
 * name or the browser's claim; anything but pdf, docx, xlsx, png and jpeg is refused beside the
 * file field. Carries the application's version and moves it on. Editors.
 */
export async function addAttachment(
  ctx: TenantCtx,
  input: ApplicationAttachmentInput & { applicationId: string; expectedVersion: number },
): Promise<{ id: string; version: number }> {
  const { tx, tenant, actor } = ctx;
  const locked = await lockApplication(ctx, input.applicationId, input.expectedVersion);
  refuseIfClosed(locked);
  const { content, contentType } = readUploadedFile(input.contentBase64, 'applications', ['contentBase64']);
  const title = input.title || input.fileName;
  const [row] = await tx<{ id: string }[]>`
    insert into application_attachments (tenant_id, application_id, title, file_name, content_type, content, uploaded_by)
    values (${tenant.id}, ${locked.id}, ${title}, ${input.fileName}, ${contentType}, ${content}, ${actor.userId})
    returning id`;
  if (!row) throw new Error('attachment insert returned no row');
  const version = await bumpApplicationVersion(ctx, locked.id);
  await recordAudit(tx, {
    action: 'applicationAttachment.create',
    entity: 'applicationAttachment',
    entityId: row.id,
    after: {
      applicationId: locked.id,
      title,
      fileName: input.fileName,
      contentType,
      size: content.length,
    },
  });
  return { id: row.id, version };
}

/** Removes one of the application's attachments, carrying the application's version. Editors. */
export async function removeAttachment(
  ctx: TenantCtx,
  input: { applicationId: string; attachmentId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const { tx, tenant } = ctx;
  const locked = await lockApplication(ctx, input.applicationId, input.expectedVersion);
  refuseIfClosed(locked);
  const [removed] = await tx<{ title: string; fileName: string; contentType: string }[]>`
    delete from application_attachments
    where tenant_id = ${tenant.id} and id = ${input.attachmentId} and application_id = ${locked.id}
    returning title, file_name as "fileName", content_type as "contentType"`;
  if (!removed) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'applicationAttachment' });
  const version = await bumpApplicationVersion(ctx, locked.id);
  await recordAudit(tx, {
    action: 'applicationAttachment.delete',
    entity: 'applicationAttachment',
    entityId: input.attachmentId,
    before: { applicationId: locked.id, ...removed },
  });
  return { version };
}
