import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { QueryState } from '../../../components/query-state.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import type { Assignee, ReportSection } from '../list/report-shared.ts';
import { SectionDialog, type SectionDialogProps } from './section-dialog.tsx';
import { assignFormSchema } from './section-form-values.ts';
import type { useReportMutations } from './use-report-mutations.ts';

/**
 * "Tilldela" for one section (a dialog): who writes it, among the förbund's active editors and
 * admins, and by when; the person gets reminders before the day.
 */
export function SectionAssignDialog({ section, mutations, onDone }: SectionDialogProps) {
  const { t } = useTranslation();
  return (
    <SectionDialog
      section={section}
      title={(chosen) => t('periodReportsPages.assign.title', { section: chosen.title })}
      onDone={onDone}
    >
      {(chosen) => <AssignLoader section={chosen} mutations={mutations} onDone={onDone} />}
    </SectionDialog>
  );
}

/** The people load first, so the select shows the section's assignee from the start. */
function AssignLoader(props: {
  section: ReportSection;
  mutations: ReturnType<typeof useReportMutations>;
  onDone: (message: Message | null) => void;
}) {
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const assignees = useQuery(trpc.reportWorkflow.assignees.queryOptions({ tenant: slug }));
  return (
    <QueryState query={assignees}>{(people) => <AssignForm {...props} assignees={people} />}</QueryState>
  );
}

function AssignForm({
  section,
  assignees,
  mutations,
  onDone,
}: {
  section: ReportSection;
  assignees: Assignee[];
  mutations: ReturnType<typeof useReportMutations>;
  onDone: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const form = useSchemaForm({
    schema: assignFormSchema,
    defaultValues: { assigneeUserId: section.assignee?.userId ?? '', deadline: section.deadline ?? '' },
    labels: {
      assigneeUserId: t('periodReportsPages.assign.assignee'),
      deadline: t('periodReportsPages.assign.deadline'),
    },
  });
  const onSubmit = form.submit(async (assignment) => {
    if (mutations.assign.isPending) return;
    await mutations.assign.mutateAsync({
      tenant: slug,
      sectionId: section.id,
      expectedVersion: section.version,
      ...assignment,
    });
    onDone({ key: 'periodReportsPages.assign.saved', values: { section: section.title } });
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      label={t('periodReportsPages.assign.title', { section: section.title })}
    >
      <p>{t('periodReportsPages.assign.intro')}</p>
      <SelectField
        form={form}
        name="assigneeUserId"
        choices={[
          { value: '', label: t('periodReportsPages.assign.nobody') },
          ...assignees.map((person) => ({
            value: person.userId,
            label: `${person.name} (${person.email})`,
          })),
        ]}
      />
      <TextField
        form={form}
        name="deadline"
        autoComplete="off"
        hint={t('periodReportsPages.form.deadlineHint')}
      />
      <div className="button-row">
        <SubmitButton label={t('periodReportsPages.assign.save')} isPending={mutations.assign.isPending} />
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('periodReportsPages.sectionForm.cancel')}
        </button>
      </div>
    </KitForm>
  );
}
