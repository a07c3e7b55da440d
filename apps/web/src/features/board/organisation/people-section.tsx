import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../../components/data-table.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { AddButton, EditAndDelete } from './edit-and-delete.tsx';
import { OrganisationList } from './organisation-list.tsx';
import { useOrganisationDelete, useSectionEditing } from './organisation-section-kit.ts';
import type { PersonRecord } from './organisation-shared.ts';
import { PersonForm } from './person-form.tsx';

/** "Personer": everyone who holds or held a seat, with the Samsyn user they are linked to. */
export function PeopleSection({ announce }: { announce: (m: Message) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const headingId = useId();
  const { editing, setEditing, done } = useSectionEditing<PersonRecord | 'new'>(announce);
  const people = useQuery(trpc.organisation.people.list.queryOptions({ tenant: tenant.slug }));
  const remove = useOrganisationDelete(trpc.organisation.people.delete.mutationOptions());
  return (
    <section className="organisation-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('boardOrganisation.people.heading')}</h2>
      <OrganisationList
        query={people}
        empty={t('boardOrganisation.people.none')}
        caption={t('boardOrganisation.people.caption')}
        columns={[
          t('boardOrganisation.people.name'),
          t('boardOrganisation.people.party'),
          t('boardOrganisation.people.email'),
          t('boardOrganisation.people.user'),
          t('boardOrganisation.people.seats'),
        ]}
        hasActions={canEdit}
      >
        {(list) =>
          list.map((person) => (
            <tr key={person.id}>
              <th scope="row">{person.name}</th>
              <td>{person.party}</td>
              <td>{person.email ?? ''}</td>
              <td>{person.userName ?? t('boardOrganisation.people.notLinked')}</td>
              <td>
                {person.currentSeatCount} / {person.seatCount}
              </td>
              {canEdit ? (
                <RowActions>
                  <EditAndDelete
                    section="people"
                    name={person.name}
                    onEdit={() => setEditing(person)}
                    onDelete={() => remove({ id: person.id, expectedVersion: person.version })}
                    announce={announce}
                  />
                </RowActions>
              ) : null}
            </tr>
          ))
        }
      </OrganisationList>
      {canEdit && editing === null ? (
        <AddButton label={t('boardOrganisation.people.add')} onClick={() => setEditing('new')} />
      ) : null}
      {editing !== null ? <PersonForm person={editing === 'new' ? null : editing} onDone={done} /> : null}
    </section>
  );
}
