import { MAX_NOTE_LINES } from '@samsyn/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/form/form-error-summary.tsx';
import { FormField } from '../../../components/form/form-field.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { type EditableNote, noteFormSchema, noteFormValues, saveNoteInput } from './note-form-values.ts';
import { NoteLinesFields } from './note-lines-fields.tsx';
import { statementLineChoices } from './statement-lines.ts';

/**
 * Adds a note or changes one: number, title, the statement line it specifies and its rows. The
 * domain's rules check every field in the browser as the API does; the server's answers land
 * beside their fields, a stale version offers to reload. Its heading takes focus when it opens.
 */
export function NoteForm({
  reportId,
  note,
  nextNumber,
  balanceLines,
  columns,
  onSaved,
  onCancel,
}: {
  reportId: string;
  /** Null for a new note. */
  note: EditableNote | null;
  nextNumber: number;
  balanceLines: { code: string; name: string }[];
  /** The dates of the two amount columns by the kind of line the note specifies, for the labels. */
  columns: { income: { current: string; previous: string }; balance: { current: string; previous: string } };
  onSaved: (number: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const form = useSchemaForm({
    schema: noteFormSchema,
    defaultValues: noteFormValues(note, nextNumber),
    labels: {},
  });
  const dates = form.watch('statementLine').startsWith('balance:') ? columns.balance : columns.income;
  const labels: Record<string, string> = {
    number: t('reportNotesPages.form.number'),
    title: t('reportNotesPages.form.title'),
    statementLine: t('reportNotesPages.form.statementLine'),
  };
  for (let index = 0; index < MAX_NOTE_LINES; index += 1) {
    const row = index + 1;
    labels[`lines.${index}.label`] = t('reportNotesPages.form.labelFor', { row });
    labels[`lines.${index}.current`] = t('reportNotesPages.form.currentFor', { row, date: dates.current });
    labels[`lines.${index}.previous`] = t('reportNotesPages.form.previousFor', {
      row,
      date: dates.previous,
    });
  }
  // The amounts' labels name the chosen line's dates; the kit reads the labels on every render.
  form.labels = labels as typeof form.labels;
  const save = useApiMutation(trpc.reportNotes.save.mutationOptions(), {
    // The notes section's preview is built from the notes.
    invalidates: () => [trpc.reportNotes.pathFilter(), trpc.reportContent.pathFilter()],
  });
  const onSubmit = form.submit(async (parsed) => {
    if (save.isPending) return;
    await save.mutateAsync({ tenant: tenant.slug, ...saveNoteInput(reportId, note, parsed) });
    onSaved(parsed.number);
  });
  const choices = statementLineChoices(balanceLines, note?.statementLine ?? null);
  return (
    <form className="note-form" onSubmit={onSubmit} noValidate aria-labelledby={`${form.formId}-heading`}>
      <h3 id={`${form.formId}-heading`} ref={headingRef} tabIndex={-1}>
        {note
          ? t('reportNotesPages.form.editTitle', { number: note.number })
          : t('reportNotesPages.form.newTitle')}
      </h3>
      <FormErrorSummary form={form} />
      {form.formError?.key === 'errors.conflict.stale' ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void queryClient.invalidateQueries(trpc.reportNotes.pathFilter());
            onCancel();
          }}
        >
          {t('reportNotesPages.form.reload')}
        </button>
      ) : null}
      <TextField form={form} name="number" inputMode="numeric" autoComplete="off" />
      <TextField form={form} name="title" autoComplete="off" />
      <FormField form={form} name="statementLine">
        {(control) => (
          <select {...control} {...form.register('statementLine')} className="field__input">
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {t(choice.label.key, choice.label.values)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <NoteLinesFields form={form} />
      <div className="button-row">
        <SubmitButton label={t('reportNotesPages.form.save')} isPending={save.isPending} />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('reportNotesPages.form.cancel')}
        </button>
      </div>
    </form>
  );
}
