import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { MoneyField } from '../../../components/form/money-input.tsx';
import { SubmitOrCancel } from '../../../components/form/submit-or-cancel.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { Notice } from '../../../components/notice.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { ChoiceGroup } from '../../interventions/choice-group.tsx';
import { useTenant } from '../../tenant/use-tenant.ts';
import type { DecisionDetail } from './decision-section.tsx';
import { outsideFormSchema } from './decision-values.ts';
import { grantOutcomeChoices } from './grant-outcome-choices.ts';

/**
 * "Registrera beslut fattat utanför Samsyn" (admins, for the history): opened by its button, the
 * outcome, date, amount and note; focus goes back to the button when it closes.
 */
export function OutsideDecisionPart({ detail }: { detail: DecisionDetail }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [notice, setNotice] = useState<Message | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const close = (saved: boolean) => {
    setIsOpen(false);
    if (saved) setNotice({ key: 'applicationDecision.outside.saved' });
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <>
      <Notice message={notice} />
      {isOpen ? (
        <OutsideDecisionForm detail={detail} onDone={close} />
      ) : (
        <p>
          <button
            ref={opener}
            type="button"
            className="button button--secondary"
            onClick={() => setIsOpen(true)}
          >
            {t('applicationDecision.outside.open')}
          </button>
        </p>
      )}
    </>
  );
}

function OutsideDecisionForm({
  detail,
  onDone,
}: {
  detail: DecisionDetail;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const form = useSchemaForm({
    schema: outsideFormSchema,
    defaultValues: { outcome: '', decidedDate: '', grantedAmount: '', note: '' },
    labels: {
      outcome: t('applicationDecision.outside.outcome'),
      decidedDate: t('applicationDecision.outside.decidedDate'),
      grantedAmount: t('applicationDecision.outside.grantedAmount'),
      note: t('applicationDecision.outside.note'),
    },
  });
  const save = useApiMutation(trpc.applicationDecision.recordOutside.mutationOptions(), {
    invalidates: () => [
      { queryKey: trpc.applicationDecision.pathKey() },
      { queryKey: trpc.applications.pathKey() },
      { queryKey: trpc.agreements.pathKey() },
    ],
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    await save.mutateAsync({
      tenant: tenant.slug,
      applicationId: detail.applicationId,
      expectedVersion: detail.version,
      outcome: values.outcome,
      decidedDate: values.decidedDate,
      grantedAmount: values.grantedAmount,
      note: values.note,
    });
    onDone(true);
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      heading={t('applicationDecision.outside.heading')}
      intro={<p>{t('applicationDecision.outside.intro')}</p>}
    >
      <ChoiceGroup
        form={form}
        name="outcome"
        type="radio"
        legend={t('applicationDecision.outside.outcome')}
        options={grantOutcomeChoices(t)}
      />
      <TextField form={form} name="decidedDate" type="date" />
      <MoneyField form={form} name="grantedAmount" hint={t('applicationDecision.outside.amountHint')} />
      <TextAreaField form={form} name="note" rows={2} hint={t('applicationDecision.outside.noteHint')} />
      <SubmitOrCancel
        label={t('applicationDecision.outside.save')}
        cancelLabel={t('applicationDecision.outside.cancel')}
        isPending={save.isPending}
        onCancel={() => onDone(false)}
      />
    </KitForm>
  );
}
