import { decisionKindNames, decisionKinds } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { MoneyField } from '../../../components/form/money-input.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { SubmitOrCancel } from '../../../components/form/submit-or-cancel.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { grantOutcomeChoices } from '../../applications/decision/grant-outcome-choices.ts';
import { ChoiceGroup } from '../../interventions/choice-group.tsx';
import { useTenant } from '../../tenant/use-tenant.ts';
import { decisionRefText } from './decision-text.ts';
import {
  correctableDecisions,
  itemDecisionDefaults,
  itemDecisionFormSchema,
} from './item-decision-values.ts';

interface SavedDecision {
  id: string;
  kind: (typeof decisionKinds)[number];
  title: string;
  text: string;
  corrects: { id: string } | null;
  grantOutcome: 'granted' | 'rejected' | null;
  grantedAmountOre: number | null;
  version: number;
}

/**
 * Writes or edits an item's decision: kind, title (the item's title to start with), text, and the
 * approved decision of an earlier meeting it corrects, if any. Saves at the version loaded.
 */
export function ItemDecisionForm({
  itemId,
  itemTitle,
  meetingDate,
  decision,
  concernsApplication = false,
  onDone,
}: {
  itemId: string;
  itemTitle: string;
  meetingDate: string;
  decision: SavedDecision | null;
  /** The item is about an application: the form asks for bifall/avslag and the amount. */
  concernsApplication?: boolean;
  onDone: (isSaved: boolean) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const form = useSchemaForm({
    schema: itemDecisionFormSchema,
    defaultValues: itemDecisionDefaults(itemTitle, decision, concernsApplication),
    labels: {
      kind: t('boardDecisions.item.kind'),
      title: t('boardDecisions.item.title'),
      text: t('boardDecisions.item.text'),
      correctsDecisionId: t('boardDecisions.item.corrects'),
      grantOutcome: t('applicationDecision.item.outcome'),
      grantedAmount: t('applicationDecision.item.amount'),
    },
  });
  // The approved decisions of earlier meetings, newest first: what a correction may name.
  const earlier = useQuery(trpc.decisions.list.queryOptions({ tenant: tenant.slug, limit: 200 }));
  const save = useApiMutation(trpc.decisions.save.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.decisions.pathKey() }],
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    await save.mutateAsync({
      tenant: tenant.slug,
      itemId,
      expectedVersion: decision?.version ?? null,
      ...values,
    });
    onDone(true);
  });
  const targets = correctableDecisions(earlier.data?.rows ?? [], meetingDate);
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      heading={t('boardDecisions.item.formHeading')}
      className="no-print"
    >
      <SelectField
        form={form}
        name="kind"
        choices={decisionKinds.map((kind) => ({ value: kind, label: decisionKindNames[kind] }))}
      />
      <TextField form={form} name="title" autoComplete="off" />
      <TextAreaField form={form} name="text" rows={5} hint={t('boardDecisions.item.textHint')} />
      {concernsApplication ? (
        <>
          <ChoiceGroup
            form={form}
            name="grantOutcome"
            type="radio"
            legend={t('applicationDecision.item.outcome')}
            options={grantOutcomeChoices(t)}
          />
          <MoneyField form={form} name="grantedAmount" hint={t('applicationDecision.item.amountHint')} />
        </>
      ) : null}
      <SelectField
        form={form}
        name="correctsDecisionId"
        hint={t('boardDecisions.item.correctsHint')}
        choices={[
          { value: '', label: t('boardDecisions.item.correctsNone') },
          ...targets.map((row) => ({ value: row.id, label: `${decisionRefText(t, row)}: ${row.title}` })),
        ]}
      />
      <SubmitOrCancel
        label={t('boardDecisions.item.save')}
        cancelLabel={t('boardDecisions.item.cancel')}
        isPending={save.isPending}
        onCancel={() => onDone(false)}
      />
    </KitForm>
  );
}
