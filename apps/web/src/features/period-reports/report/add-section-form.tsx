import { addSectionInputSchema } from '@samsyn/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { domainFormSchema } from '../list/domain-form-schema.ts';
import type { ReportDetail, ReportSection } from '../list/report-shared.ts';
import { SectionTitleFields } from './section-title-fields.tsx';
import { useReportMutations } from './use-report-mutations.ts';

interface AddSectionValues {
  title: string;
  level: '1' | '2';
  afterSectionId: string;
}

const addSectionFormSchema = domainFormSchema(
  addSectionInputSchema.pick({ title: true, level: true, afterSectionId: true }),
  (values: AddSectionValues) => ({
    title: values.title,
    level: Number(values.level),
    afterSectionId: values.afterSectionId === '' ? null : values.afterSectionId,
  }),
);

/** "Lägg till eget avsnitt": a section the förbund writes itself, placed after a chosen one. */
export function AddSectionForm({
  report,
  sections,
  onNotice,
}: {
  report: ReportDetail['report'];
  sections: ReportSection[];
  onNotice: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  return isOpen ? (
    <AddForm
      report={report}
      sections={sections}
      onDone={(message) => {
        setIsOpen(false);
        if (message) onNotice(message);
      }}
    />
  ) : (
    <p className="no-print">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          onNotice(null);
          setIsOpen(true);
        }}
      >
        {t('periodReportsPages.addSection.open')}
      </button>
    </p>
  );
}

function AddForm({
  report,
  sections,
  onDone,
}: {
  report: ReportDetail['report'];
  sections: ReportSection[];
  onDone: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const { addSection } = useReportMutations();
  const form = useSchemaForm({
    schema: addSectionFormSchema,
    defaultValues: { title: '', level: '1', afterSectionId: sections.at(-1)?.id ?? '' },
    labels: {
      title: t('periodReportsPages.addSection.titleField'),
      level: t('periodReportsPages.sectionForm.level'),
      afterSectionId: t('periodReportsPages.addSection.after'),
    },
  });
  const onSubmit = form.submit(async (values) => {
    if (addSection.isPending) return;
    await addSection.mutateAsync({ tenant: slug, reportId: report.id, ...values });
    onDone({ key: 'periodReportsPages.addSection.added', values: { section: values.title } });
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="report-panel"
      heading={t('periodReportsPages.addSection.heading')}
    >
      <p>{t('periodReportsPages.addSection.intro')}</p>
      <SectionTitleFields form={form} />
      <SelectField
        form={form}
        name="afterSectionId"
        choices={[
          { value: '', label: t('periodReportsPages.addSection.first') },
          ...sections.map((section) => ({
            value: section.id,
            label: section.number ? `${section.number} ${section.title}` : section.title,
          })),
        ]}
      />
      <div className="button-row">
        <SubmitButton label={t('periodReportsPages.addSection.add')} isPending={addSection.isPending} />
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('periodReportsPages.sectionForm.cancel')}
        </button>
      </div>
    </KitForm>
  );
}
