import type { ReactNode } from 'react';
import { type FieldValues, get, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { issueMessageKey } from '../../lib/error-message.ts';
import { type ControlProps, FieldFrame } from './field-frame.tsx';
import { fieldIdOf, type SchemaForm } from './use-schema-form.ts';

export type { ControlProps } from './field-frame.tsx';

/**
 * A labelled field of a kit form: label and hint from the form's labels, the error in Swedish
 * beside the field, and the control, which `children` renders and registers
 * (`{...form.register(name)}`).
 */
export function FormField<Values extends FieldValues, Parsed>({
  form,
  name,
  hint,
  children,
}: {
  form: SchemaForm<Values, Parsed>;
  name: Path<Values>;
  hint?: string | undefined;
  children: (control: ControlProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const error = get(form.formState.errors, name) as { message?: string; type?: string } | undefined;
  return (
    <FieldFrame
      id={fieldIdOf(form.formId, name)}
      label={form.labels[name] ?? name}
      hint={hint}
      error={error ? t(issueMessageKey(error.message, error.type)) : undefined}
    >
      {children}
    </FieldFrame>
  );
}
