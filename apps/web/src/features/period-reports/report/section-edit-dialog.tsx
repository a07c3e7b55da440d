import { reportSources } from '@samsyn/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../components/busy-button.tsx';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { ErrorNotice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import type { ReportSection } from '../list/report-shared.ts';
import { SectionDialog, type SectionDialogProps } from './section-dialog.tsx';
import { sectionSettingsFormSchema, sectionSettingsValuesOf } from './section-form-values.ts';
import { SectionTitleFields } from './section-title-fields.tsx';
import type { useReportMutations } from './use-report-mutations.ts';

/**
 * "Ändra" for one section (a dialog): its title, level, numbering, whether it is in the document,
 * and what it is made of (a generator, or written by the förbund); an own section can be deleted.
 */
export function SectionEditDialog({ section, mutations, onDone }: SectionDialogProps) {
  const { t } = useTranslation();
  return (
    <SectionDialog
      section={section}
      title={(chosen) => t('periodReportsPages.sectionForm.title', { section: chosen.title })}
      onDone={onDone}
    >
      {(chosen) => <SectionEditForm section={chosen} mutations={mutations} onDone={onDone} />}
    </SectionDialog>
  );
}

function SectionEditForm({
  section,
  mutations,
  onDone,
}: {
  section: ReportSection;
  mutations: ReturnType<typeof useReportMutations>;
  onDone: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const [isDeleting, setIsDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<Message | null>(null);
  const form = useSchemaForm({
    schema: sectionSettingsFormSchema,
    defaultValues: sectionSettingsValuesOf(section),
    labels: {
      title: t('periodReportsPages.sectionForm.titleField'),
      level: t('periodReportsPages.sectionForm.level'),
      numbered: t('periodReportsPages.sectionForm.numbered'),
      enabled: t('periodReportsPages.sectionForm.enabled'),
      source: t('periodReportsPages.sectionForm.source'),
    },
  });
  const onSubmit = form.submit(async (settings) => {
    if (mutations.updateSection.isPending) return;
    await mutations.updateSection.mutateAsync({
      tenant: slug,
      sectionId: section.id,
      expectedVersion: section.version,
      ...settings,
    });
    onDone({ key: 'periodReportsPages.sectionForm.saved', values: { section: settings.title } });
  });
  if (isDeleting)
    return (
      <div>
        <p>{t('periodReportsPages.sectionForm.deleteBody', { section: section.title })}</p>
        <ErrorNotice message={deleteError} />
        <div className="button-row">
          <BusyButton
            tone="danger"
            isBusy={mutations.deleteSection.isPending}
            onClick={() =>
              void mutations.deleteSection
                .mutateAsync({ tenant: slug, sectionId: section.id, expectedVersion: section.version })
                .then(
                  () =>
                    onDone({
                      key: 'periodReportsPages.sectionForm.deleted',
                      values: { section: section.title },
                    }),
                  (failure: unknown) => setDeleteError(errorMessageOf(failure)),
                )
            }
          >
            {t('periodReportsPages.sectionForm.deleteConfirm')}
          </BusyButton>
          <button type="button" className="button button--secondary" onClick={() => setIsDeleting(false)}>
            {t('periodReportsPages.sectionForm.cancel')}
          </button>
        </div>
      </div>
    );
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      label={t('periodReportsPages.sectionForm.title', { section: section.title })}
    >
      <SectionTitleFields form={form} />
      <label className="report-check">
        <input type="checkbox" {...form.register('numbered')} />
        <span>{t('periodReportsPages.sectionForm.numbered')}</span>
      </label>
      <label className="report-check">
        <input type="checkbox" {...form.register('enabled')} />
        <span>{t('periodReportsPages.sectionForm.enabled')}</span>
      </label>
      <SelectField
        form={form}
        name="source"
        hint={t('periodReportsPages.sectionForm.sourceHint')}
        choices={[
          { value: '', label: t('reportLabels.source.written') },
          ...reportSources.map((source) => ({
            value: source,
            label: t('periodReportsPages.sections.generated', { source: t(`reportLabels.source.${source}`) }),
          })),
        ]}
      />
      <div className="button-row">
        <SubmitButton
          label={t('periodReportsPages.sectionForm.save')}
          isPending={mutations.updateSection.isPending}
        />
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('periodReportsPages.sectionForm.cancel')}
        </button>
        {section.custom ? (
          <button type="button" className="button button--secondary" onClick={() => setIsDeleting(true)}>
            {t('periodReportsPages.sectionForm.delete')}
          </button>
        ) : null}
      </div>
    </KitForm>
  );
}
