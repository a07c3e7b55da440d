import { type FormEvent, type ReactNode, useId } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { MessageKey } from '../../lib/message-key.ts';
import { FormErrorSummary } from './form-error-summary.tsx';
import type { SchemaForm } from './use-schema-form.ts';

/**
 * A kit form's frame: the form element (no browser validation: the schema speaks, in Swedish), its
 * name for screen readers, and the error summary at the top, after the heading and intro if any.
 */
export function KitForm<Values extends FieldValues, Parsed>({
  form,
  onSubmit,
  className,
  label,
  heading,
  intro,
  summaryTitle,
  onChange,
  children,
}: {
  form: SchemaForm<Values, Parsed>;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  className?: string;
  /** The form's name when it shows no heading of its own. */
  label?: string;
  /** A panel form's heading (h3), which also names the form. */
  heading?: ReactNode;
  /** What stands between the heading and the summary (an intro, the goal being assessed). */
  intro?: ReactNode;
  summaryTitle?: MessageKey;
  onChange?: () => void;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <form
      className={className}
      noValidate
      onSubmit={onSubmit}
      onChange={onChange}
      aria-label={label}
      aria-labelledby={heading === undefined ? undefined : headingId}
    >
      {heading === undefined ? null : <h3 id={headingId}>{heading}</h3>}
      {intro}
      <FormErrorSummary form={form} {...(summaryTitle ? { title: summaryTitle } : {})} />
      {children}
    </form>
  );
}
