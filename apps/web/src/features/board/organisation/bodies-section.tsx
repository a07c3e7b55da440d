import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { BodyForm } from './body-form.tsx';
import { BodySeats } from './body-seats.tsx';
import { AddButton, EditAndDelete } from './edit-and-delete.tsx';
import { type BodyRecord, type Composition, useOrganisationQueries } from './organisation-shared.ts';

/** The bodies, each with its seats on the date; admins add, change and delete bodies. */
export function BodiesSection({
  composition,
  announce,
}: {
  composition: Composition;
  announce: (m: Message) => void;
}) {
  const { t } = useTranslation();
  const isAdmin = useTenantRole('admin');
  const [isAdding, setIsAdding] = useState(false);
  return (
    <div className="organisation-bodies">
      {composition.bodies.map((body) => (
        <BodyBlock key={body.id} body={body} composition={composition} announce={announce} />
      ))}
      {isAdmin && !isAdding ? (
        <AddButton label={t('boardOrganisation.bodies.add')} onClick={() => setIsAdding(true)} />
      ) : null}
      {isAdding ? (
        <BodyForm
          body={null}
          onDone={(message) => {
            setIsAdding(false);
            if (message) announce(message);
          }}
        />
      ) : null}
    </div>
  );
}

function BodyBlock({
  body,
  composition,
  announce,
}: {
  body: BodyRecord;
  composition: Composition;
  announce: (m: Message) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const isAdmin = useTenantRole('admin');
  const [isEditing, setIsEditing] = useState(false);
  const remove = useApiMutation(trpc.organisation.bodies.delete.mutationOptions(), {
    invalidates: useOrganisationQueries(),
  });
  const headingId = `body-${body.id}`;
  return (
    <section className="organisation-body" aria-labelledby={headingId}>
      <div className="organisation-body__head">
        <h3 id={headingId}>{body.name}</h3>
        {isAdmin ? (
          <div className="button-row no-print">
            <EditAndDelete
              section="bodies"
              name={body.name}
              onEdit={() => setIsEditing(true)}
              onDelete={() =>
                remove.mutateAsync({
                  tenant: tenant.slug,
                  id: body.id,
                  expectedVersion: body.version,
                })
              }
              announce={announce}
            />
          </div>
        ) : null}
      </div>
      <p className="organisation-body__kind">
        {t(`boardOrganisation.bodyKinds.${body.kind}`)}
        {body.meetingCount > 0
          ? ` · ${t('boardOrganisation.bodies.meetings', { count: body.meetingCount })}`
          : ''}
      </p>
      {isEditing ? (
        <BodyForm
          body={body}
          onDone={(message) => {
            setIsEditing(false);
            if (message) announce(message);
          }}
        />
      ) : null}
      <BodySeats body={body} composition={composition} announce={announce} />
    </section>
  );
}
