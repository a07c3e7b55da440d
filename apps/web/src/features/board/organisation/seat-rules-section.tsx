import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../../components/data-table.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { AddButton, EditAndDelete } from './edit-and-delete.tsx';
import { OrganisationList } from './organisation-list.tsx';
import { type SectionProps, useOrganisationDelete, useSectionEditing } from './organisation-section-kit.ts';
import type { SeatRuleRecord } from './organisation-shared.ts';
import { periodText, representsText } from './organisation-text.ts';
import { SeatRuleForm } from './seat-rule-form.tsx';

/** "Förbundsordningens platser": the seat rules the composition checks use; admins edit them. */
export function SeatRulesSection({ composition, announce }: SectionProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const isAdmin = useTenantRole('admin');
  const headingId = useId();
  const { editing, setEditing, done } = useSectionEditing<SeatRuleRecord | 'new'>(announce);
  const rules = useQuery(trpc.organisation.seatRules.list.queryOptions({ tenant: tenant.slug }));
  const remove = useOrganisationDelete(trpc.organisation.seatRules.delete.mutationOptions());
  return (
    <section className="organisation-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('boardOrganisation.rules.heading')}</h2>
      <p>{t('boardOrganisation.rules.intro')}</p>
      <OrganisationList
        query={rules}
        empty={t('boardOrganisation.rules.none')}
        caption={t('boardOrganisation.rules.caption')}
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
        {(list) =>
          list.map((rule) => {
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
                      onDelete={() => remove({ id: rule.id, expectedVersion: rule.version })}
                      announce={announce}
                    />
                  </RowActions>
                ) : null}
              </tr>
            );
          })
        }
      </OrganisationList>
      {isAdmin && editing === null ? (
        <AddButton label={t('boardOrganisation.rules.add')} onClick={() => setEditing('new')} />
      ) : null}
      {editing !== null ? (
        <SeatRuleForm rule={editing === 'new' ? null : editing} composition={composition} onDone={done} />
      ) : null}
    </section>
  );
}
