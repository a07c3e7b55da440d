import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import {
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';
import { apiErrorDataOf } from '../../lib/api-error.ts';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message } from '../../lib/message-key.ts';

/**
 * A form over one of the domain's zod schemas, with what the kit's components need beside it.
 * `Values` are what the inputs hold (text for a number field); `Parsed` is what the schema makes
 * of them, and what `submit` hands over: a money field typed as "1 600 000" arrives as öre.
 */
export interface SchemaForm<Values extends FieldValues, Parsed = Values>
  extends UseFormReturn<Values, unknown, Parsed> {
  /** Prefix of every field's id (`<formId>-<path>`), unique per form on the page. */
  formId: string;
  /** Labels by field path, for the error summary ("E-postadress: Skriv en giltig …"). */
  labels: Partial<Record<Path<Values>, string>>;
  /** Bumped on each failed submit, so the summary takes focus even when its text is unchanged. */
  failedAttempts: number;
  /** A failure that belongs to no field (a conflict, the server unreachable). */
  formError: Message | null;
  /**
   * Runs `onValid` with the parsed values when the schema accepts them; otherwise shows every
   * problem beside its field and in the summary. Errors `onValid` throws are shown as well:
   * the API's field issues on their fields, anything else as the form's error.
   */
  submit(onValid: (values: Parsed) => Promise<unknown> | unknown): (event?: React.BaseSyntheticEvent) => void;
}

export const fieldIdOf = (formId: string, path: string) => `${formId}-${path.replaceAll('.', '-')}`;

/**
 * Thrown from a submit handler to put a server's answer beside one field (`password.currentWrong`
 * beside the current password) instead of in the summary's general message.
 */
export class FieldProblem extends Error {
  constructor(
    readonly path: string,
    /** A key under `validation.` in the catalogue. */
    readonly key: string,
  ) {
    super(key);
  }
}

/**
 * One way to write a form: react-hook-form with the domain's zod schema as its resolver, so the
 * browser checks exactly what the API will, with the same Swedish sentences.
 */
export function useSchemaForm<Schema extends z.ZodType<FieldValues, FieldValues>>(options: {
  schema: Schema;
  defaultValues: DefaultValues<z.input<Schema>>;
  labels: Partial<Record<Path<z.input<Schema>>, string>>;
}): SchemaForm<z.input<Schema>, z.output<Schema>> {
  const formId = useId().replaceAll(':', '');
  const [failedAttempts, setFailedAttempts] = useState(0);
  const [formError, setFormError] = useState<Message | null>(null);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    // The inputs keep what was typed; the resolver hands submit the schema's parsed output.
    resolver: zodResolver(options.schema as never) as never,
    defaultValues: options.defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The summary takes focus and links to each field; a jump to the first field would hide it.
    shouldFocusError: false,
  });

  const submit: SchemaForm<z.input<Schema>, z.output<Schema>>['submit'] = (onValid) =>
    form.handleSubmit(
      async (values) => {
        setFormError(null);
        try {
          await onValid(values);
        } catch (error) {
          const issues =
            error instanceof FieldProblem
              ? [{ path: error.path, message: error.key }]
              : (apiErrorDataOf(error)?.issues ?? []);
          for (const issue of issues) {
            form.setError(issue.path as Path<z.input<Schema>>, { type: 'server', message: issue.message });
          }
          if (issues.length === 0) setFormError(errorMessageOf(error));
          setFailedAttempts((n) => n + 1);
        }
      },
      () => {
        setFormError(null);
        setFailedAttempts((n) => n + 1);
      },
    );

  return { ...form, formId, labels: options.labels, failedAttempts, formError, submit };
}
