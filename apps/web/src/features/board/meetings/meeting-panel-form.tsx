import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { KitForm } from '../../../components/form/kit-form.tsx';
import type { SchemaForm } from '../../../components/form/use-schema-form.ts';
import { SaveOrCancel } from '../../plan/plan-form-parts.tsx';

/** A meeting panel's save, as `useApiMutation` gives it. */
interface PanelSave<Input> {
  isPending: boolean;
  mutateAsync: (input: Input) => Promise<unknown>;
}

/**
 * A form in a meeting's panel that saves one thing: the schema's values become the API's input
 * (one save at a time; `confirm`, where given, is asked first and may call it off), then
 * `onDone(true)`; Cancel is `onDone(false)`. Named by its heading, or by `label` where the panel
 * already shows one.
 */
export function MeetingPanelForm<Values extends FieldValues, Parsed, Input>({
  form,
  save,
  toInput,
  confirm,
  onDone,
  heading,
  label,
  saveLabel,
  children,
}: {
  form: SchemaForm<Values, Parsed>;
  save: PanelSave<Input>;
  toInput: (values: Parsed) => NoInfer<Input>;
  confirm?: () => Promise<boolean>;
  onDone: (saved: boolean) => void;
  heading?: string;
  label?: string;
  saveLabel: string;
  children: ReactNode;
}) {
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    if (confirm && !(await confirm())) return;
    await save.mutateAsync(toInput(values));
    onDone(true);
  });
  return (
    <KitForm form={form} onSubmit={onSubmit} className="meeting-panel" heading={heading} label={label}>
      {children}
      <SaveOrCancel isPending={save.isPending} onCancel={() => onDone(false)} label={saveLabel} />
    </KitForm>
  );
}
