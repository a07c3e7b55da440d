import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders, hiddenColumn, numberColumn } from '../../../components/column-headers.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { ErrorNotice, Notice } from '../../../components/notice.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { errorMessageOf, fieldErrorsOf } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { DocumentFileField, useDocumentFile } from '../../board/meetings/document-file-field.tsx';
import { fileSizeText } from '../../board/meetings/meeting-shared.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import type { ApplicationDetail } from './shared.ts';

type Attachment = ApplicationDetail['attachments'][number];

/** The application's attachments: download for everyone; upload and remove (confirmed) for editors. */
export function ApplicationAttachments({
  detail,
  canChange,
}: {
  detail: ApplicationDetail;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const { application } = detail;
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const [removeError, setRemoveError] = useState<Message | null>(null);
  const invalidates = () => [{ queryKey: trpc.applications.pathKey() }];
  const remove = useApiMutation(trpc.applications.attachments.remove.mutationOptions(), {
    invalidates,
    success: () => ({
      key: 'applicationPipeline.attachments.removed',
      values: { name: removing?.title ?? '' },
    }),
  });
  return (
    <section aria-labelledby="application-attachments">
      <h2 id="application-attachments">{t('applicationPipeline.attachments.title')}</h2>
      <Notice message={remove.notice} />
      {detail.attachments.length === 0 ? (
        <p>{t('applicationPipeline.attachments.empty')}</p>
      ) : (
        <ScrollRegion label={t('applicationPipeline.attachments.caption')}>
          <table>
            <caption className="visually-hidden">{t('applicationPipeline.attachments.caption')}</caption>
            <ColumnHeaders
              columns={[
                t('applicationPipeline.attachments.name'),
                numberColumn(t('applicationPipeline.attachments.size')),
                t('applicationPipeline.attachments.uploaded'),
                ...(canChange ? [hiddenColumn(t('applicationPipeline.attachments.remove'))] : []),
              ]}
            />
            <tbody>
              {detail.attachments.map((attachment) => (
                <tr key={attachment.id}>
                  <td>
                    <a
                      href={`/api/application-attachments/${slug}/${attachment.id}`}
                      download={attachment.fileName}
                      aria-label={t('applicationPipeline.attachments.download', { name: attachment.title })}
                    >
                      {attachment.title}
                    </a>
                  </td>
                  <td className="num">{fileSizeText(attachment.size)}</td>
                  <td>
                    {formatDateTime(attachment.createdAt)}
                    {attachment.uploadedByName ? `, ${attachment.uploadedByName}` : ''}
                  </td>
                  {canChange ? (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={t('applicationPipeline.attachments.removeLabel', {
                          name: attachment.title,
                        })}
                        onClick={() => {
                          setRemoveError(null);
                          setRemoving(attachment);
                        }}
                      >
                        {t('applicationPipeline.attachments.remove')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {canChange ? <UploadForm detail={detail} /> : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('applicationPipeline.attachments.removeTitle', { name: removing?.title ?? '' })}
        confirmLabel={t('applicationPipeline.attachments.remove')}
        isPending={remove.isPending}
        error={removeError}
        onConfirm={() =>
          removing &&
          remove.mutate(
            {
              tenant: slug,
              applicationId: application.id,
              expectedVersion: application.version,
              attachmentId: removing.id,
            },
            {
              onSuccess: () => setRemoving(null),
              onError: (failure) => setRemoveError(errorMessageOf(failure)),
            },
          )
        }
        onCancel={() => setRemoving(null)}
      >
        <p>{t('applicationPipeline.attachments.removeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** An uploaded file: its bytes go as base64; the API reads its type from them and refuses the rest. */
function UploadForm({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const upload = useDocumentFile({
    choose: 'applicationPipeline.attachments.chooseFile',
    tooLarge: 'validation.applications.fileTooLarge',
  });
  const [fieldKey, setFieldKey] = useState(0);
  const [failure, setFailure] = useState<Message | null>(null);
  const add = useApiMutation(trpc.applications.attachments.add.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.applications.pathKey() }],
    success: (_data, variables) => ({
      key: 'applicationPipeline.attachments.uploaded_done',
      values: { name: variables.fileName },
    }),
  });
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    setFailure(null);
    const chosen = await upload.read();
    if (!chosen) return;
    add.mutate(
      {
        tenant: slug,
        applicationId: detail.application.id,
        expectedVersion: detail.application.version,
        title: '',
        ...chosen,
      },
      {
        onSuccess: () => {
          upload.setFile(null);
          setFieldKey((key) => key + 1);
        },
        onError: (error) => {
          const fields = Object.values(fieldErrorsOf(error));
          if (fields[0]) upload.setProblem({ key: fields[0] });
          else setFailure(errorMessageOf(error));
        },
      },
    );
  }
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="application-upload">
      <h3 id="application-upload">{t('applicationPipeline.attachments.upload')}</h3>
      <Notice message={add.notice} />
      <ErrorNotice message={failure} />
      <DocumentFileField
        key={fieldKey}
        upload={upload}
        label={t('applicationPipeline.attachments.fileLabel')}
        hint={t('applicationPipeline.attachments.uploadHint')}
      />
      <div className="button-row">
        <SubmitButton
          label={t('applicationPipeline.attachments.uploadButton')}
          isPending={add.isPending}
          pendingLabel={t('applicationPipeline.attachments.uploading')}
        />
      </div>
    </form>
  );
}
