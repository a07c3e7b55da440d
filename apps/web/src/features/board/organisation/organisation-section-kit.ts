import type { UseMutationOptions } from '@tanstack/react-query';
import { useState } from 'react';
import type { Message } from '../../../lib/message-key.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { type BodyRecord, type Composition, useOrganisationQueries } from './organisation-shared.ts';

/** What the sections of the organisation page are given: the composition on the date, and the page's notice. */
export interface SectionProps {
  composition: Composition;
  announce: (m: Message) => void;
}

/** A body's own part of the page (its heading and actions, its seats). */
export type BodyProps = SectionProps & { body: BodyRecord };

/**
 * What a section's open form edits (a record, 'new', or null while none is open), and its `done`:
 * the form closes and the page announces what it saved, if anything.
 */
export function useSectionEditing<Editing>(announce: (m: Message) => void) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const done = (message: Message | null) => {
    setEditing(null);
    if (message) announce(message);
  };
  return { editing, setEditing, done };
}

/**
 * Deletes one row of an organisation list in this förbund, at the version the list showed, and
 * refetches every organisation query (a delete can change the composition and its checks).
 */
export function useOrganisationDelete<Data, Failure, Input extends { tenant: string }>(
  options: UseMutationOptions<Data, Failure, Input>,
) {
  const tenant = useTenant();
  const remove = useApiMutation(options, { invalidates: useOrganisationQueries() });
  return (input: Omit<Input, 'tenant'>) => remove.mutateAsync({ ...input, tenant: tenant.slug } as Input);
}
