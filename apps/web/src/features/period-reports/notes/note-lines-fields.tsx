import { MAX_NOTE_LINES } from '@samsyn/domain';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form/form-field.tsx';
import { MoneyInput } from '../../../components/form/money-input.tsx';
import type { SchemaForm } from '../../../components/form/use-schema-form.ts';
import { emptyLine, type NoteFormValues, type ParsedNoteForm } from './note-form-values.ts';

export type NoteForm = SchemaForm<NoteFormValues, ParsedNoteForm>;

/**
 * A note's rows: per row its text and the two amounts (the kit's money input, typed as
 * "1 664 875"), each field labelled with its row, and a button to remove the row; rows are added
 * at the end, the new row's text taking focus.
 */
export function NoteLinesFields({ form }: { form: NoteForm }) {
  const { t } = useTranslation();
  const lines = useFieldArray({ control: form.control, name: 'lines' });
  return (
    <fieldset>
      <legend>{t('reportNotesPages.form.linesCaption')}</legend>
      {lines.fields.map((field, index) => (
        <div key={field.id} className="note-form__line">
          <FormField form={form} name={`lines.${index}.label`}>
            {(control) => (
              <input {...control} {...form.register(`lines.${index}.label`)} className="field__input" />
            )}
          </FormField>
          <FormField form={form} name={`lines.${index}.current`}>
            {(control) => <MoneyInput {...control} {...form.register(`lines.${index}.current`)} />}
          </FormField>
          <FormField form={form} name={`lines.${index}.previous`}>
            {(control) => <MoneyInput {...control} {...form.register(`lines.${index}.previous`)} />}
          </FormField>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => lines.remove(index)}
          >
            {t('reportNotesPages.form.removeLine', { row: index + 1 })}
          </button>
        </div>
      ))}
      {lines.fields.length < MAX_NOTE_LINES ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => lines.append(emptyLine(), { shouldFocus: true })}
        >
          {t('reportNotesPages.form.addLine')}
        </button>
      ) : null}
    </fieldset>
  );
}
