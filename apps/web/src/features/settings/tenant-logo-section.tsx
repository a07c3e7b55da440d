import { MAX_LOGO_BYTES } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FileField } from '../../components/form/file-field.tsx';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { errorMessageOf, fieldErrorsOf } from '../../lib/error-message.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { bytesToBase64 } from '../board/meetings/meeting-shared.ts';
import './tenant-logo-section.css';

/** The types the API takes (it reads the type from the bytes again). */
const imageTypes = '.png,.jpg,.jpeg,image/png,image/jpeg';

/**
 * "Logotyp för rapporter" on the settings page: the förbund's logo on its reports' title pages
 * (PDF and Word). A preview with its alt text, a file chooser to save or replace it, and removal
 * after a confirmation; each announced. Admins (the settings page is theirs).
 */
export function TenantLogoSection({ slug, tenantName }: { slug: string; tenantName: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const headingId = useId();
  const logo = useQuery(trpc.tenantLogo.get.queryOptions({ tenant: slug }));
  const invalidates = () => [trpc.tenantLogo.get.queryFilter({ tenant: slug })];
  const save = useApiMutation(trpc.tenantLogo.save.mutationOptions(), {
    invalidates,
    success: () => ({ key: 'reportOutput.logo.saved' }),
  });
  const remove = useApiMutation(trpc.tenantLogo.delete.mutationOptions(), {
    invalidates,
    success: () => ({ key: 'reportOutput.logo.removed' }),
  });
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<Message | null>(null);
  const [failure, setFailure] = useState<Message | null>(null);
  // A new key empties the file chooser after a save.
  const [fieldKey, setFieldKey] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const version = logo.data?.version ?? 0;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setFailure(null);
    remove.reset();
    if (!file) return setProblem({ key: 'validation.reportOutput.logoRequired' });
    if (file.size > MAX_LOGO_BYTES) return setProblem({ key: 'validation.reportOutput.logoTooLarge' });
    setProblem(null);
    const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    save.mutate(
      { tenant: slug, expectedVersion: version, dataBase64 },
      {
        onSuccess: () => {
          setFile(null);
          setFieldKey((key) => key + 1);
        },
        onError: (error) => {
          const field = fieldErrorsOf(error).dataBase64;
          if (field) setProblem({ key: field });
          else setFailure(errorMessageOf(error));
        },
      },
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reportOutput.logo.title')}</h2>
      <p>{t('reportOutput.logo.intro')}</p>
      <Notice message={save.notice ?? remove.notice} />
      <ErrorNotice message={failure} />
      <QueryState query={logo}>
        {(current) =>
          current ? (
            <p>
              <img
                className="tenant-logo-preview"
                src={`data:${current.mediaType};base64,${current.dataBase64}`}
                alt={t('reportOutput.logo.previewAlt', { name: tenantName })}
              />
            </p>
          ) : (
            <p>{t('reportOutput.logo.none')}</p>
          )
        }
      </QueryState>
      <form onSubmit={onSubmit} noValidate>
        <FileField
          key={fieldKey}
          label={t('reportOutput.logo.file')}
          hint={t('reportOutput.logo.fileHint')}
          error={problem ? t(problem.key, problem.values) : undefined}
          accept={imageTypes}
          onFile={(chosen) => {
            setFile(chosen);
            setProblem(null);
          }}
        />
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={save.isPending}>
            {save.isPending ? t('reportOutput.logo.saving') : t('reportOutput.logo.save')}
          </button>
          {logo.data && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                save.reset();
                setConfirming(true);
              }}
            >
              {t('reportOutput.logo.remove')}
            </button>
          )}
        </div>
      </form>
      <ConfirmDialog
        isOpen={confirming}
        title={t('reportOutput.logo.removeTitle')}
        confirmLabel={t('reportOutput.logo.removeConfirm')}
        isPending={remove.isPending}
        error={remove.error ? errorMessageOf(remove.error) : null}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate({ tenant: slug, expectedVersion: version }, { onSuccess: () => setConfirming(false) })
        }
      >
        <p>{t('reportOutput.logo.removeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
