import type { FormEvent, ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { KitForm } from '../../../components/form/kit-form.tsx';
import type { SchemaForm } from '../../../components/form/use-schema-form.ts';
import { SaveOrCancel } from './save-or-cancel.tsx';

/** An organisation panel form: the kit's frame with its heading, the fields, and save or cancel last. */
export function OrganisationForm<Values extends FieldValues, Parsed>({
  form,
  onSubmit,
  heading,
  isPending,
  onCancel,
  children,
}: {
  form: SchemaForm<Values, Parsed>;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  heading: ReactNode;
  isPending: boolean;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <KitForm form={form} onSubmit={onSubmit} className="organisation-panel" heading={heading}>
      {children}
      <SaveOrCancel isPending={isPending} onCancel={onCancel} />
    </KitForm>
  );
}
