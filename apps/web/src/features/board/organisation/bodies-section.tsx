import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { BodyForm } from './body-form.tsx';
import { BodySeats } from './body-seats.tsx';
import { AddButton, EditAndDelete } from './edit-and-delete.tsx';
import {
  type BodyProps,
  type SectionProps,
  useOrganisationDelete,
  useSectionEditing,
} from './organisation-section-kit.ts';
import type { BodyRecord } from './organisation-shared.ts';

/** The bodies, each with its seats on the date; admins add, change and delete bodies. */
export function BodiesSection({ composition, announce }: SectionProps) {
  const { t } = useTranslation();
  const isAdmin = useTenantRole('admin');
  const adding = useSectionEditing<'new'>(announce);
  return (
    <div className="organisation-bodies">
      {composition.bodies.map((body) => (
        <BodyBlock key={body.id} body={body} composition={composition} announce={announce} />
      ))}
      {isAdmin && adding.editing === null ? (
        <AddButton label={t('boardOrganisation.bodies.add')} onClick={() => adding.setEditing('new')} />
      ) : null}
      {adding.editing !== null ? <BodyForm body={null} onDone={adding.done} /> : null}
    </div>
  );
}

function BodyBlock({ body, composition, announce }: BodyProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const isAdmin = useTenantRole('admin');
  const { editing, setEditing, done } = useSectionEditing<BodyRecord>(announce);
  const remove = useOrganisationDelete(trpc.organisation.bodies.delete.mutationOptions());
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
              onEdit={() => setEditing(body)}
              onDelete={() => remove({ id: body.id, expectedVersion: body.version })}
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
      {editing !== null ? <BodyForm body={editing} onDone={done} /> : null}
      <BodySeats body={body} composition={composition} announce={announce} />
    </section>
  );
}
