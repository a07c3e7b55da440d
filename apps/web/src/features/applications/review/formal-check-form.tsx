import { type FormalCheckInput, formalCheckSchema } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { get } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { SubmitButton } from '../../../components/form/submit-button.tsx';
import { fieldIdOf, type SchemaForm, useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { Notice } from '../../../components/notice.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { issueMessageKey } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { FormalCheckTable } from './formal-check-table.tsx';
import type { FormalCheckData } from './review-shared.ts';

/**
 * "Formell granskning": the förbund's checklist as a table, each point answered Ja/Nej with a
 * comment, saved whole on the application's version (editors, while the application is open for it).
 */
export function FormalCheckSection({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const query = useQuery(
    trpc.applicationReview.formalCheck.get.queryOptions({ tenant: slug, applicationId }),
  );
  // Outside the form, which is built anew from each version the save brings back.
  const [notice, setNotice] = useState<Message | null>(null);
  // The saved form is rebuilt from the new version: the focus goes to the heading, not lost.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onSaved = (message: Message) => {
    setNotice(message);
    headingRef.current?.focus();
  };
  return (
    <section aria-labelledby="formal-check-heading" className="review-section">
      <h2 id="formal-check-heading" ref={headingRef} tabIndex={-1}>
        {t('applicationReview.formal.heading')}
      </h2>
      <Notice message={notice} />
      <QueryState
        query={query}
        isEmpty={(data) => data.rows.length === 0}
        empty={<p>{t('applicationReview.formal.none')}</p>}
      >
        {(data) => <FormalCheckForm key={data.version} data={data} onSaved={onSaved} />}
      </QueryState>
    </section>
  );
}

function FormalCheckForm({ data, onSaved }: { data: FormalCheckData; onSaved: (message: Message) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const isEditor = useTenantRole('editor');
  const isEditable = isEditor && data.isOpen;
  const labels: Record<string, string> = {};
  data.rows.forEach((_, index) => {
    labels[`answers.${index}.answer`] = t('applicationReview.formal.answerFor', { number: index + 1 });
    labels[`answers.${index}.comment`] = t('applicationReview.formal.commentFor', { number: index + 1 });
  });
  const form = useSchemaForm({
    schema: formalCheckSchema,
    defaultValues: {
      answers: data.rows.map((row) => ({ pointId: row.pointId, answer: row.answer, comment: row.comment })),
    },
    labels,
  });
  const save = useApiMutation(trpc.applicationReview.formalCheck.save.mutationOptions(), {
    invalidates: () => [
      trpc.applicationReview.formalCheck.get.queryFilter(),
      { queryKey: trpc.applications.pathKey() },
    ],
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    await save.mutateAsync({
      tenant: slug,
      applicationId: data.applicationId,
      expectedVersion: data.version,
      answers: values.answers,
    });
    onSaved({ key: 'applicationReview.formal.saved' });
  });
  return (
    <>
      {isEditor && !data.isOpen ? <p>{t('applicationReview.formal.closed')}</p> : null}
      <KitForm form={form} onSubmit={onSubmit} label={t('applicationReview.formal.formLabel')}>
        <p>{t('applicationReview.formal.intro')}</p>
        <FormalCheckTable
          label={t('applicationReview.formal.heading')}
          rows={data.rows}
          pointNote={(row) => (
            <>
              {' '}
              {row.active ? null : t('applicationReview.formal.inactive')}
              {row.answeredByName && row.answeredAt ? (
                <p className="review-meta">
                  {t('applicationReview.formal.answeredBy', {
                    name: row.answeredByName,
                    when: formatDateTime(row.answeredAt),
                  })}
                </p>
              ) : null}
            </>
          )}
          answer={(_row, index) => (
            <td>
              <AnswerRadios form={form} index={index} isEditable={isEditable} />
            </td>
          )}
          comment={(_row, index) => (
            <td>
              <CommentField form={form} index={index} isEditable={isEditable} />
            </td>
          )}
        />
        {isEditable ? (
          <SubmitButton label={t('applicationReview.formal.save')} isPending={save.isPending} />
        ) : null}
      </KitForm>
    </>
  );
}

type CheckForm = SchemaForm<FormalCheckInput, unknown>;

function useFieldError(form: CheckForm, path: string): string | undefined {
  const { t } = useTranslation();
  const error = get(form.formState.errors, path) as { message?: string; type?: string } | undefined;
  return error ? t(issueMessageKey(error.message, error.type)) : undefined;
}

function AnswerRadios({ form, index, isEditable }: { form: CheckForm; index: number; isEditable: boolean }) {
  const { t } = useTranslation();
  const path = `answers.${index}.answer` as const;
  const id = fieldIdOf(form.formId, path);
  const error = useFieldError(form, path);
  return (
    <fieldset className="review-check__radios" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="visually-hidden">{form.labels[path]}</legend>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {(['yes', 'no'] as const).map((answer) => (
        <label key={answer} className="check">
          <input
            type="radio"
            value={answer}
            id={answer === 'yes' ? id : undefined}
            disabled={!isEditable}
            {...form.register(path)}
          />
          <span>{t(`applicationLabels.checklistAnswer.${answer}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function CommentField({ form, index, isEditable }: { form: CheckForm; index: number; isEditable: boolean }) {
  const path = `answers.${index}.comment` as const;
  const id = fieldIdOf(form.formId, path);
  const error = useFieldError(form, path);
  return (
    <div className="field">
      <label className="visually-hidden" htmlFor={id}>
        {form.labels[path]}
      </label>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={2}
        className="field__input review-check__comment"
        readOnly={!isEditable}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        {...form.register(path)}
      />
    </div>
  );
}
