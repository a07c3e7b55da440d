import type { ReactNode } from 'react';
import { type FieldValues, get, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldIdOf, type SchemaForm } from '../../components/form/use-schema-form.ts';
import { issueMessageKey } from '../../lib/error-message.ts';

export interface CellControlProps {
  id: string;
  'aria-label': string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/**
 * A field in an editing table's cell: the column heading shows, so the label ("Namn på rad 3")
 * is for screen readers and the error summary; the problem is written in the cell, under the
 * control, so it is seen where it is fixed.
 */
export function CellField<Values extends FieldValues, Parsed>({
  form,
  name,
  children,
}: {
  form: SchemaForm<Values, Parsed>;
  name: Path<Values>;
  children: (control: CellControlProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = fieldIdOf(form.formId, name);
  const error = get(form.formState.errors, name) as { message?: string; type?: string } | undefined;
  return (
    <>
      {children({
        id,
        'aria-label': form.labels[name] ?? name,
        'aria-describedby': error ? `${id}-error` : undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {t(issueMessageKey(error.message, error.type))}
        </p>
      ) : null}
    </>
  );
}
