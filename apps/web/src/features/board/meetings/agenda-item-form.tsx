import { agendaItemSchema, type ItemConcernKind } from '@samsyn/domain';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice } from '../../../components/filter-field.tsx';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { SaveOrCancel } from '../../plan/plan-form-parts.tsx';
import type { AgendaItem } from './meeting-shared.ts';
import { useLinkTargets } from './use-link-targets.ts';

export type AgendaItemFields = ReturnType<typeof agendaItemSchema.parse>;

/**
 * The applications (or reports) offered, and the one the item has even when it has moved on in the
 * pipeline (or the report has been adopted).
 */
function withCurrent(
  choices: Choice[],
  item: AgendaItem | null,
  label: string,
  kind: 'application' | 'report' = 'application',
): Choice[] {
  if (item?.concernsKind !== kind || !item.concernsId) return choices;
  if (choices.some((choice) => choice.value === item.concernsId)) return choices;
  return [...choices, { value: item.concernsId, label: item.concernsName ?? label }];
}

/**
 * An agenda item's title, description and what it concerns (a plan, an intervention, an application,
 * a period report or nothing in particular), for a new item or an existing one. `onSave` gets the schema's parsed output.
 */
export function AgendaItemForm({
  item,
  heading,
  isPending,
  onSave,
  onCancel,
}: {
  item: AgendaItem | null;
  heading: string;
  isPending: boolean;
  onSave: (fields: AgendaItemFields) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const targets = useLinkTargets();
  const form = useSchemaForm({
    schema: agendaItemSchema,
    defaultValues: {
      title: item?.title ?? '',
      description: item?.description ?? '',
      concernsKind: item?.concernsKind ?? 'none',
      concernsId: item?.concernsId ?? '',
    },
    labels: {
      title: t('boardMeetings.agenda.title'),
      description: t('boardMeetings.agenda.description'),
      concernsKind: t('boardMeetings.agenda.concernsKind'),
      concernsId: t('boardMeetings.agenda.concernsId'),
    },
  });
  const kind = form.watch('concernsKind');
  // Another kind of link: the chosen plan is no intervention, so the choice starts over.
  const previousKind = useRef(kind);
  useEffect(() => {
    if (previousKind.current === kind) return;
    previousKind.current = kind;
    form.setValue('concernsId', '');
  }, [kind, form]);
  const kinds: ItemConcernKind[] = ['none', 'plan', 'intervention', 'application', 'report'];

  const kindLabel = {
    none: t('boardMeetings.agenda.concernsNone'),
    plan: t('boardMeetings.agenda.concernsPlan'),
    intervention: t('boardMeetings.agenda.concernsIntervention'),
    application: t('boardMeetings.agenda.concernsApplication'),
    report: t('boardMeetings.agenda.concernsReport'),
  };
  const targetChoices =
    kind === 'plan'
      ? targets.plans
      : kind === 'intervention'
        ? targets.interventions
        : kind === 'application'
          ? withCurrent(targets.applications, item, t('boardMeetings.documents.kinds.application'))
          : kind === 'report'
            ? withCurrent(targets.reports, item, t('boardMeetings.agenda.concernsReport'), 'report')
            : [];
  const onSubmit = form.submit(async (fields) => {
    if (isPending) return;
    await onSave(fields);
  });
  return (
    <KitForm form={form} onSubmit={onSubmit} className="meeting-panel" heading={heading}>
      <TextField form={form} name="title" autoComplete="off" />
      <TextAreaField
        form={form}
        name="description"
        rows={3}
        hint={t('boardMeetings.agenda.descriptionHint')}
      />
      <SelectField
        form={form}
        name="concernsKind"
        choices={kinds.map((value) => ({ value, label: kindLabel[value] }))}
      />
      {kind !== 'none' ? (
        <SelectField
          form={form}
          name="concernsId"
          choices={[{ value: '', label: t('boardMeetings.agenda.choose') }, ...targetChoices]}
        />
      ) : null}
      <SaveOrCancel isPending={isPending} onCancel={onCancel} label={t('boardMeetings.meeting.save')} />
    </KitForm>
  );
}
