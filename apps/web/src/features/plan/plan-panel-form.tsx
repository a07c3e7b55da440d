import type { UseMutationOptions } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { KitForm } from '../../components/form/kit-form.tsx';
import type { SchemaForm } from '../../components/form/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { SaveOrCancel } from './plan-form-parts.tsx';
import type { PlanTree } from './plan-shared.ts';

/** What every form on the plan page is handed: the plan (for its version), and what to do when done. */
export interface PlanFormProps {
  plan: PlanTree;
  onDone: (isSaved: boolean) => void;
}

/** What a save on the plan page names first: the förbund, the plan and the version the editor loaded. */
export const planRef = (slug: string, plan: PlanTree) => ({
  tenant: slug,
  planId: plan.id,
  expectedVersion: plan.version,
});

/** A plan save (`pick` names which); after it, everything read under `plans` is read again. */
export function usePlanSave<Data, Failure, Variables, OnMutate>(
  pick: (
    plans: ReturnType<typeof useTRPC>['plans'],
  ) => UseMutationOptions<Data, Failure, Variables, OnMutate>,
) {
  const trpc = useTRPC();
  return useApiMutation(pick(trpc.plans), { invalidates: () => [{ queryKey: trpc.plans.pathKey() }] });
}

/** A plan save, as `useApiMutation` gives it. */
interface PlanSave<Input> {
  isPending: boolean;
  mutateAsync: (input: Input) => Promise<unknown>;
}

/**
 * The submit of a plan form: the schema's values become the API's input (one save at a time); the
 * API's field issues are moved onto the form's fields by `toFormIssues`; after the save, `onSaved`.
 */
export function planSubmit<Values extends FieldValues, Parsed, Input>(
  form: SchemaForm<Values, Parsed>,
  save: PlanSave<Input>,
  toInput: (values: Parsed) => NoInfer<Input>,
  toFormIssues: (error: unknown) => unknown,
  onSaved: () => void,
) {
  return form.submit(async (values) => {
    if (save.isPending) return;
    try {
      await save.mutateAsync(toInput(values));
    } catch (error) {
      throw toFormIssues(error);
    }
    onSaved();
  });
}

/** A plan or follow-up form's panel (hidden in print): heading, the fields, then save or cancel. */
export function PlanPanelForm<Values extends FieldValues, Parsed>({
  form,
  onSubmit,
  heading,
  intro,
  isPending,
  onCancel,
  saveLabel,
  children,
}: {
  form: SchemaForm<Values, Parsed>;
  onSubmit: () => void;
  heading: string;
  intro?: ReactNode;
  isPending: boolean;
  onCancel: () => void;
  /** The save button's words, where "Spara" alone would not do. */
  saveLabel?: string;
  children: ReactNode;
}) {
  return (
    <KitForm form={form} onSubmit={onSubmit} className="plan-panel no-print" heading={heading} intro={intro}>
      {children}
      <SaveOrCancel isPending={isPending} onCancel={onCancel} {...(saveLabel ? { label: saveLabel } : {})} />
    </KitForm>
  );
}
