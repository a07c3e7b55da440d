import { checklistPointSchema, criterionSchema } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';

type PointValues = { text: string; active: boolean };
type CriterionValues = { name: string; description: string; maxScore: number; active: boolean };

/** A settings row's form: new (no `onCancel`, always active) or changed in place (active box, cancel). */
interface SettingsFormProps<Values> {
  initial: Values;
  label: string;
  submitLabel: string;
  isPending: boolean;
  onSave: (values: Values) => Promise<unknown>;
  onCancel?: () => void;
}

/** Adds or changes a checklist point (its text, and whether it is active). */
export function PointForm({
  initial,
  label,
  submitLabel,
  isPending,
  onSave,
  onCancel,
}: SettingsFormProps<PointValues>) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: checklistPointSchema,
    defaultValues: initial,
    labels: {
      text: t('applicationReview.settings.pointText'),
      active: t('applicationReview.settings.activeLabel'),
    },
  });
  const onSubmit = form.submit(async (values) => {
    if (isPending) return;
    await onSave(values);
    form.reset(initial);
  });
  return (
    <KitForm form={form} onSubmit={onSubmit} label={label}>
      <TextField form={form} name="text" autoComplete="off" />
      <FormEnd form={form} submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </KitForm>
  );
}

/** Adds or changes a criterion: name, description, highest score 1–10, active. */
export function CriterionForm({
  initial,
  label,
  submitLabel,
  isPending,
  onSave,
  onCancel,
}: SettingsFormProps<CriterionValues>) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: criterionSchema,
    defaultValues: { ...initial, maxScore: String(initial.maxScore) },
    labels: {
      name: t('applicationReview.settings.criterionName'),
      description: t('applicationReview.settings.criterionDescription'),
      maxScore: t('applicationReview.settings.maxScore'),
      active: t('applicationReview.settings.activeLabel'),
    },
  });
  const onSubmit = form.submit(async (values) => {
    if (isPending) return;
    await onSave(values);
    form.reset({ ...initial, maxScore: String(initial.maxScore) });
  });
  return (
    <KitForm form={form} onSubmit={onSubmit} label={label}>
      <TextField form={form} name="name" autoComplete="off" />
      <TextAreaField form={form} name="description" rows={2} />
      <SelectField
        form={form}
        name="maxScore"
        choices={Array.from({ length: 10 }, (_, index) => ({
          value: String(index + 1),
          label: String(index + 1),
        }))}
      />
      <FormEnd form={form} submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </KitForm>
  );
}

function ActiveBox({
  form,
}: {
  form: { register: (name: 'active') => object; labels: Partial<Record<'active', string>> };
}) {
  return (
    <label className="check">
      <input type="checkbox" {...form.register('active')} />
      <span>{form.labels.active}</span>
    </label>
  );
}

/** The form's end: the active box and a cancel button when changing a row in place, and its submit button. */
function FormEnd({
  form,
  submitLabel,
  isPending,
  onCancel,
}: {
  form: { register: (name: 'active') => object; labels: Partial<Record<'active', string>> };
  submitLabel: string;
  isPending: boolean;
  onCancel: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {onCancel ? <ActiveBox form={form} /> : null}
      <span className="button-row">
        <SubmitButton label={submitLabel} isPending={isPending} />
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('applicationReview.settings.cancel')}
          </button>
        ) : null}
      </span>
    </>
  );
}
