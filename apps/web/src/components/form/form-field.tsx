import type { ReactNode } from 'react';
import { type FieldValues, get, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { issueMessageKey } from '../../lib/error-message.ts';
import { fieldIdOf, type SchemaForm } from './use-schema-form.ts';

/** What a field's control needs: its id, the registered props, and how it is described. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/**
 * A labelled field: the label (visible, always), an optional hint, the error in Swedish beside
 * the field, and the control, wired to all three for screen readers. The control comes from
 * `children`, which receives its props and registers itself (`{...form.register(name)}`).
 */
export function FormField<Values extends FieldValues>({
  form,
  name,
  hint,
  children,
}: {
  form: SchemaForm<Values>;
  name: Path<Values>;
  hint?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = fieldIdOf(form.formId, name);
  const error = get(form.formState.errors, name) as { message?: string; type?: string } | undefined;
  const label = form.labels[name] ?? name;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {t(issueMessageKey(error.message, error.type))}
        </p>
      ) : null}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}
