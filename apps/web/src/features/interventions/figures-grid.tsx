import { get, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CountInput } from '../../components/form/count-input.tsx';
import { FormField } from '../../components/form/form-field.tsx';
import { fieldIdOf, type SchemaForm } from '../../components/form/use-schema-form.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { issueMessageKey } from '../../lib/error-message.ts';
import { countColumns, type FiguresFormValues, type ParsedFigures } from './figures-form-values.ts';

export type FiguresForm = SchemaForm<FiguresFormValues, ParsedFigures>;
type FiguresPath = Path<FiguresFormValues>;

/** A problem that belongs to a group of fields (a sum), shown where the summary's link lands. */
function GroupProblem({ form, path }: { form: FiguresForm; path: string }) {
  const { t } = useTranslation();
  const error = get(form.formState.errors, path) as { message?: string; type?: string } | undefined;
  if (!error?.message) return null;
  return (
    <p className="field__error" id={fieldIdOf(form.formId, path)} tabIndex={-1}>
      {form.labels[path as FiguresPath]}: {t(issueMessageKey(error.message, error.type))}
    </p>
  );
}

/** Counts by gender, one row per category: the row and column headers label each cell. */
export function GenderTable({
  form,
  caption,
  rows,
  sumPath,
}: {
  form: FiguresForm;
  caption: string;
  rows: { path: string; label: string }[];
  /** Where the problems of the columns' sums are reported ('outcomes' → 'outcomes.total'). */
  sumPath?: string;
}) {
  const { t } = useTranslation();
  const columnLabel = (column: (typeof countColumns)[number]) => t(`interventions.figures.${column}`);
  return (
    <div className="insatser-grid">
      <ScrollRegion label={caption}>
        <table className="insatser-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <td />
              {countColumns.map((column) => (
                <th scope="col" key={column}>
                  {columnLabel(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.path}>
                <th scope="row">{row.label}</th>
                {countColumns.map((column) => (
                  <td key={column}>
                    <CountInput
                      form={form}
                      name={`${row.path}.${column}` as FiguresPath}
                      label={t('interventions.figures.cell', { row: row.label, column: columnLabel(column) })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {sumPath
        ? countColumns.map((column) => (
            <GroupProblem key={column} form={form} path={`${sumPath}.${column}`} />
          ))
        : null}
    </div>
  );
}

/** A checkbox for an optional part of the figures (ended, outcomes, breakdowns). */
export function FiguresCheckbox({
  form,
  name,
  label,
}: {
  form: FiguresForm;
  name: 'hasEnded' | 'hasOutcomes' | 'hasAgeBands' | 'hasIncomeSources';
  label: string;
}) {
  const id = fieldIdOf(form.formId, name);
  return (
    <div className="insatser-check">
      <input type="checkbox" id={id} {...form.register(name)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A group of counts, each with its own visible label (age bands, income sources, people reached). */
export function BreakdownFields({
  form,
  path,
  legend,
  ids,
}: {
  form: FiguresForm;
  /** The group's path in the figures, or null for top-level fields. */
  path: string | null;
  legend: string;
  ids: readonly string[];
}) {
  return (
    <fieldset className="insatser-fieldset">
      <legend>{legend}</legend>
      {path ? <GroupProblem form={form} path={path} /> : null}
      <div className="insatser-checks__list">
        {ids.map((id) => {
          const name = (path ? `${path}.${id}` : id) as FiguresPath;
          return (
            <FormField key={id} form={form} name={name}>
              {(control) => (
                <input
                  {...control}
                  {...form.register(name)}
                  className="field__input count-input"
                  inputMode="numeric"
                  autoComplete="off"
                />
              )}
            </FormField>
          );
        })}
      </div>
    </fieldset>
  );
}
