import { useEffect, useRef } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { issueMessageKey } from '../../lib/error-message.ts';
import type { MessageKey } from '../../lib/message-key.ts';
import { fieldIdOf, type SchemaForm } from './use-schema-form.ts';

interface Entry {
  path: string;
  message?: string;
  type?: string;
}

/** Every error in react-hook-form's nested error object, with its dotted path, in field order. */
export function flattenErrors(errors: FieldErrors, prefix = ''): Entry[] {
  const entries: Entry[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const error = value as { message?: unknown; type?: unknown };
    if (typeof error.message === 'string' || typeof error.type === 'string') {
      entries.push({
        path,
        ...(typeof error.message === 'string' ? { message: error.message } : {}),
        ...(typeof error.type === 'string' ? { type: error.type } : {}),
      });
    } else {
      entries.push(...flattenErrors(value as FieldErrors, path));
    }
  }
  return entries;
}

/**
 * The summary at the top of a form that failed (GOV.UK's pattern): takes focus after each failed
 * submit, names each field with its problem and links to it. A failure that belongs to no field
 * gets its own heading: there is then nothing for the user to correct.
 */
export function FormErrorSummary<Values extends FieldValues, Parsed>({
  form,
  title = 'form.fixErrors',
}: {
  form: SchemaForm<Values, Parsed>;
  /** The heading over the fields' problems, when the form's own words say more ("Siffrorna sparades inte"). */
  title?: MessageKey;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = flattenErrors(form.formState.errors);
  const { failedAttempts, formError } = form;
  const hasContent = entries.length > 0 || formError !== null;
  // react-hook-form reports a failed submit before it publishes the errors, so the focus waits
  // for the render that shows them; typing that changes the errors later never moves focus.
  const isFocusPending = useRef(false);
  useEffect(() => {
    if (failedAttempts > 0) isFocusPending.current = true;
  }, [failedAttempts]);
  useEffect(() => {
    if (isFocusPending.current && hasContent) {
      isFocusPending.current = false;
      ref.current?.focus();
    }
  });
  if (!hasContent) return null;
  return (
    <div ref={ref} className="notice notice--error" role="alert" tabIndex={-1}>
      <h2 className="notice__title">{t(entries.length > 0 ? title : 'form.notSaved')}</h2>
      {formError ? <p>{t(formError.key, formError.values)}</p> : null}
      {entries.length > 0 ? (
        <ul className="notice__list">
          {entries.map((entry) => {
            const id = fieldIdOf(form.formId, entry.path);
            const label = (form.labels as Record<string, string | undefined>)[entry.path] ?? entry.path;
            return (
              <li key={entry.path}>
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(id)?.focus();
                  }}
                >
                  {t('form.fieldProblem', {
                    field: label,
                    problem: t(issueMessageKey(entry.message, entry.type)),
                  })}
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
