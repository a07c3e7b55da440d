import { checklistPointSchema, criterionSchema } from '@samsyn/domain';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { type SchemaForm, useSchemaForm } from '../../../components/form/use-schema-form.ts';

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

/**
 * Saves the row once at a time, then puts the form back to `resetTo`: empty again for the next new
 * row, or the row's values.
 */
function saveThenReset<Values extends FieldValues, Parsed>(
  form: SchemaForm<Values, Parsed>,
  { isPending, onSave }: Pick<SettingsFormProps<Parsed>, 'isPending' | 'onSave'>,
  resetTo: Values,
) {
  return form.submit(async (values) => {
    if (isPending) return;
    await onSave(values);
    form.reset(resetTo);
  });
}

/** Adds or changes a checklist point (its text, and whether it is active). */
export function PointForm(props: SettingsFormProps<PointValues>) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: checklistPointSchema,
    defaultValues: props.initial,
    labels: {
      text: t('applicationReview.settings.pointText'),
      active: t('applicationReview.settings.activeLabel'),
    },
  });
  return (
    <KitForm form={form} onSubmit={saveThenReset(form, props, props.initial)} label={props.label}>
      <TextField form={form} name="text" autoComplete="off" />
      <FormEnd form={form} row={props} />
    </KitForm>
  );
}

/** Adds or changes a criterion: name, description, highest score 1–10, active. */
export function CriterionForm(props: SettingsFormProps<CriterionValues>) {
  const { t } = useTranslation();
  const initial = { ...props.initial, maxScore: String(props.initial.maxScore) };
  const form = useSchemaForm({
    schema: criterionSchema,
    defaultValues: initial,
    labels: {
      name: t('applicationReview.settings.criterionName'),
      description: t('applicationReview.settings.criterionDescription'),
      maxScore: t('applicationReview.settings.maxScore'),
      active: t('applicationReview.settings.activeLabel'),
    },
  });
  return (
    <KitForm form={form} onSubmit={saveThenReset(form, props, initial)} label={props.label}>
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
      <FormEnd form={form} row={props} />
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
  row: { submitLabel, isPending, onCancel },
}: {
  form: { register: (name: 'active') => object; labels: Partial<Record<'active', string>> };
  row: Pick<SettingsFormProps<unknown>, 'submitLabel' | 'isPending' | 'onCancel'>;
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
