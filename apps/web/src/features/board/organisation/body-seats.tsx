import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowAction, RowActions } from '../../../components/data-table.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { AddButton, EditAndDelete } from './edit-and-delete.tsx';
import { EndSeatForm } from './end-seat-form.tsx';
import { OrganisationList } from './organisation-list.tsx';
import { type BodyProps, useOrganisationDelete, useSectionEditing } from './organisation-section-kit.ts';
import type { SeatRecord } from './organisation-shared.ts';
import { periodText, representsText, roleText } from './organisation-text.ts';
import { SeatPanel } from './seat-panel.tsx';

type Editing = { kind: 'add' } | { kind: 'edit'; seat: SeatRecord } | { kind: 'end'; seat: SeatRecord };

/**
 * One body's seats on the date (or, with "Visa historik", every seat it ever had), with add, edit,
 * end and delete for editors.
 */
export function BodySeats({ body, composition, announce }: BodyProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const [includeHistory, setIncludeHistory] = useState(false);
  const { editing, setEditing, done } = useSectionEditing<Editing>(announce);
  const seats = useQuery(
    trpc.organisation.seats.list.queryOptions({
      tenant: tenant.slug,
      bodyId: body.id,
      on: composition.date,
      includeHistory,
    }),
  );
  const remove = useOrganisationDelete(trpc.organisation.seats.delete.mutationOptions());
  const caption = includeHistory
    ? t('boardOrganisation.seats.historyCaption', { body: body.name })
    : t('boardOrganisation.seats.caption', { body: body.name, date: composition.date });
  return (
    <>
      <label className="organisation-checkbox no-print">
        <input
          type="checkbox"
          checked={includeHistory}
          onChange={(event) => setIncludeHistory(event.target.checked)}
        />{' '}
        {t('boardOrganisation.seats.showHistory')}
        <span className="visually-hidden"> {body.name}</span>
      </label>
      <OrganisationList
        query={seats}
        empty={includeHistory ? t('boardOrganisation.seats.noneEver') : t('boardOrganisation.seats.none')}
        caption={caption}
        columns={[
          t('boardOrganisation.seats.name'),
          t('boardOrganisation.seats.role'),
          t('boardOrganisation.seats.party'),
          t('boardOrganisation.seats.represents'),
          t('boardOrganisation.seats.period'),
        ]}
        hasActions={canEdit}
      >
        {(list) =>
          list.map((seat) => (
            <tr key={seat.seatId}>
              <th scope="row">{seat.personName}</th>
              <td>{roleText(t, seat)}</td>
              <td>{seat.party}</td>
              <td>{representsText(t, seat)}</td>
              <td className="organisation-table__period">{periodText(t, seat)}</td>
              {canEdit ? (
                <RowActions>
                  <EditAndDelete
                    section="seats"
                    name={seat.personName}
                    onEdit={() => setEditing({ kind: 'edit', seat })}
                    onDelete={() => remove({ seatId: seat.seatId, expectedVersion: seat.version })}
                    announce={announce}
                  >
                    {seat.toDate === null || seat.toDate >= composition.date ? (
                      <RowAction
                        label={t('boardOrganisation.seats.end')}
                        subject={seat.personName}
                        onClick={() => setEditing({ kind: 'end', seat })}
                      />
                    ) : null}
                  </EditAndDelete>
                </RowActions>
              ) : null}
            </tr>
          ))
        }
      </OrganisationList>
      {canEdit && editing === null ? (
        <AddButton
          label={t('boardOrganisation.seats.add')}
          ariaLabel={t('boardOrganisation.seats.addIn', { body: body.name })}
          onClick={() => setEditing({ kind: 'add' })}
        />
      ) : null}
      {editing?.kind === 'add' || editing?.kind === 'edit' ? (
        <SeatPanel
          body={body}
          composition={composition}
          seat={editing.kind === 'edit' ? editing.seat : null}
          onDone={done}
        />
      ) : null}
      {editing?.kind === 'end' ? (
        <EndSeatForm seat={editing.seat} date={composition.date} onDone={done} />
      ) : null}
    </>
  );
}
