import { moveEntry, planDirectionEntrySchema, planTargetGroupEntrySchema } from '@samsyn/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../components/form/kit-form.tsx';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { withIssuePaths } from '../interventions/issues-under.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { focusMoved, MoveButtons } from './plan-form-parts.tsx';
import { shortName } from './plan-labels.ts';
import type { PlanTree } from './plan-shared.ts';

type Field = 'targetGroups' | 'directions';

const texts = {
  targetGroups: {
    heading: 'plan.lists.targetGroups',
    label: 'plan.lists.targetGroup',
    add: 'plan.lists.addTargetGroup',
    empty: 'plan.lists.noTargetGroups',
  },
  directions: {
    heading: 'plan.lists.directions',
    label: 'plan.lists.direction',
    add: 'plan.lists.addDirection',
    empty: 'plan.lists.noDirections',
  },
} as const;

/**
 * The plan's target groups (in priority order: moved up and down by keyboard) or directions. Each
 * change saves the whole header with the plan's version, as `plans.update` takes it.
 */
export function PlanListEditor({
  plan,
  field,
  isEditable,
}: {
  plan: PlanTree;
  field: Field;
  isEditable: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const [focusAfter, setFocusAfter] = useState<{ key: string; step: -1 | 1 } | null>(null);
  const entries = plan[field];
  const text = texts[field];
  const update = useApiMutation(trpc.plans.update.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.plans.pathKey() }],
  });
  const [notice, setNotice] = useState<Parameters<typeof Notice>[0]['message']>(null);

  useEffect(() => {
    if (!focusAfter) return;
    focusMoved(listRef.current, focusAfter.key, focusAfter.step);
    setFocusAfter(null);
  }, [focusAfter]);

  const save = async (next: string[]) =>
    update.mutateAsync({
      tenant: slug,
      planId: plan.id,
      expectedVersion: plan.version,
      name: plan.name,
      firstYear: plan.firstYear,
      lastYear: plan.lastYear,
      vision: plan.vision,
      purpose: plan.purpose,
      targetGroups: plan.targetGroups,
      directions: plan.directions,
      [field]: next,
    });

  const move = (index: number, step: -1 | 1) => {
    const entry = entries[index] ?? '';
    update.reset();
    void save(moveEntry(entries, index, step)).then(
      () => {
        setNotice({
          key: 'plan.lists.moved',
          values: { name: shortName(entry), position: index + step + 1 },
        });
        setFocusAfter({ key: `${field}-${entry}`, step });
      },
      () => undefined,
    );
  };
  const remove = (index: number) => {
    update.reset();
    void save(entries.filter((_, i) => i !== index)).then(
      () => setNotice({ key: 'plan.lists.saved' }),
      () => undefined,
    );
  };

  return (
    <section aria-labelledby={headingId} className="plan-section">
      <h2 id={headingId}>{t(text.heading)}</h2>
      {field === 'targetGroups' && entries.length > 1 ? <p>{t('plan.lists.targetGroupsIntro')}</p> : null}
      {entries.length === 0 ? (
        <p>{t(text.empty)}</p>
      ) : (
        <ol className="plan-ordered" ref={listRef}>
          {entries.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries are plain texts that may repeat; focus is moved by hand
            <li key={`${index}:${entry}`} className="plan-ordered__item">
              <span className="plan-text">{entry}</span>
              {isEditable ? (
                <span className="button-row no-print">
                  <MoveButtons
                    name={shortName(entry)}
                    moveKey={`${field}-${entry}`}
                    isFirst={index === 0}
                    isLast={index === entries.length - 1}
                    isPending={update.isPending}
                    onMove={(step) => move(index, step)}
                  />
                  <button
                    type="button"
                    className="button button--secondary plan-small-button"
                    aria-label={t('plan.common.deleteNamed', { name: shortName(entry) })}
                    onClick={() => remove(index)}
                  >
                    {t('plan.common.delete')}
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <ErrorNotice message={update.isError ? errorMessageOf(update.error) : null} />
      <Notice message={notice} />
      {isEditable ? (
        <AddEntryForm
          field={field}
          isPending={update.isPending}
          onAdd={async (entry) => {
            update.reset();
            try {
              await save([...entries, entry]);
            } catch (error) {
              // The API names the new entry `targetGroups.<n>`; the form has it as `text`.
              throw withIssuePaths(error, (path) => (path.startsWith(`${field}.`) ? 'text' : path));
            }
            setNotice({ key: 'plan.lists.saved' });
          }}
        />
      ) : null}
    </section>
  );
}

function AddEntryForm({
  field,
  isPending,
  onAdd,
}: {
  field: Field;
  isPending: boolean;
  onAdd: (entry: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const text = texts[field];
  const form = useSchemaForm({
    schema: field === 'targetGroups' ? planTargetGroupEntrySchema : planDirectionEntrySchema,
    defaultValues: { text: '' },
    labels: { text: t(text.label) },
  });
  const onSubmit = form.submit(async ({ text: entry }) => {
    if (isPending) return;
    await onAdd(entry);
    form.reset({ text: '' });
  });
  return (
    <KitForm form={form} onSubmit={onSubmit} className="plan-inline-form no-print" label={t(text.add)}>
      <TextField form={form} name="text" autoComplete="off" />
      <SubmitButton label={t(text.add)} isPending={isPending} />
    </KitForm>
  );
}
