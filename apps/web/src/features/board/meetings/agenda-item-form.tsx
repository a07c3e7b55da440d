import { agendaItemSchema, type ItemConcernKind } from '@samsyn/domain';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
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
 * An agenda item's title, description and what it concerns (a plan, an intervention or nothing in
 * particular), for a new item or an existing one. `onSave` gets the schema's parsed output.
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
  // Applications and reports (issues 22, 23) have no list yet: an item keeps the one it has.
  const kinds: ItemConcernKind[] = [
    'none',
    'plan',
    'intervention',
    ...(item && (item.concernsKind === 'application' || item.concernsKind === 'report')
      ? [item.concernsKind]
      : []),
  ];

  const kindLabel = {
    none: t('boardMeetings.agenda.concernsNone'),
    plan: t('boardMeetings.agenda.concernsPlan'),
    intervention: t('boardMeetings.agenda.concernsIntervention'),
    application: t('boardMeetings.agenda.concernsApplication'),
    report: t('boardMeetings.agenda.concernsReport'),
  };
  const targetChoices =
    kind === 'plan' ? targets.plans : kind === 'intervention' ? targets.interventions : [];
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
      {kind === 'plan' || kind === 'intervention' ? (
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
