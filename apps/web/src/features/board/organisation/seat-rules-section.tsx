import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../../components/data-table.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { AddButton, EditAndDelete } from './edit-and-delete.tsx';
import { type Composition, type SeatRuleRecord, useOrganisationQueries } from './organisation-shared.ts';
import { OrganisationTable } from './organisation-table.tsx';
import { periodText, representsText } from './organisation-text.ts';
import { SeatRuleForm } from './seat-rule-form.tsx';

/** "Förbundsordningens platser": the seat rules the composition checks use; admins edit them. */
export function SeatRulesSection({
  composition,
  announce,
}: {
  composition: Composition;
  announce: (m: Message) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const isAdmin = useTenantRole('admin');
  const headingId = useId();
  const [editing, setEditing] = useState<SeatRuleRecord | 'new' | null>(null);
  const rules = useQuery(trpc.organisation.seatRules.list.queryOptions({ tenant: tenant.slug }));
  const remove = useApiMutation(trpc.organisation.seatRules.delete.mutationOptions(), {
    invalidates: useOrganisationQueries(),
  });
  const done = (message: Message | null) => {
    setEditing(null);
    if (message) announce(message);
  };
  const caption = t('boardOrganisation.rules.caption');
  return (
    <section className="organisation-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('boardOrganisation.rules.heading')}</h2>
      <p>{t('boardOrganisation.rules.intro')}</p>
      <QueryState
        query={rules}
        isEmpty={(list) => list.length === 0}
        empty={<p className="empty-state">{t('boardOrganisation.rules.none')}</p>}
      >
        {(list) => (
          <OrganisationTable
            caption={caption}
            columns={[
              t('boardOrganisation.rules.represents'),
              t('boardOrganisation.rules.body'),
              t('boardOrganisation.rules.ordinary'),
              t('boardOrganisation.rules.substitutes'),
              t('boardOrganisation.rules.valid'),
              t('boardOrganisation.rules.source'),
            ]}
            hasActions={isAdmin}
          >
            {list.map((rule) => {
              const name = representsText(t, rule);
              return (
                <tr key={rule.id}>
                  <th scope="row">{name}</th>
                  <td>{rule.bodyName}</td>
                  <td>{rule.ordinarySeats}</td>
                  <td>{rule.substituteSeats}</td>
                  <td className="organisation-table__period">
                    {periodText(t, { fromDate: rule.validFrom, toDate: rule.validTo })}
                  </td>
                  <td>{rule.source}</td>
                  {isAdmin ? (
                    <RowActions>
                      <EditAndDelete
                        section="rules"
                        name={name}
                        subject={`${name}, ${rule.bodyName}, ${rule.validFrom}`}
                        onEdit={() => setEditing(rule)}
                        onDelete={() =>
                          remove.mutateAsync({
                            tenant: tenant.slug,
                            id: rule.id,
                            expectedVersion: rule.version,
                          })
                        }
                        announce={announce}
                      />
                    </RowActions>
                  ) : null}
                </tr>
              );
            })}
          </OrganisationTable>
        )}
      </QueryState>
      {isAdmin && editing === null ? (
        <AddButton label={t('boardOrganisation.rules.add')} onClick={() => setEditing('new')} />
      ) : null}
      {editing !== null ? (
        <SeatRuleForm rule={editing === 'new' ? null : editing} composition={composition} onDone={done} />
      ) : null}
    </section>
  );
}
