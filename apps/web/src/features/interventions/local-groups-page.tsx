import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ColumnHeaders, numberColumn } from '../../components/column-headers.tsx';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { AddOrEdit } from './add-or-edit.tsx';
import { EditDeleteButtons } from './edit-delete-buttons.tsx';
import { LocalGroupBudgetDistribution } from './local-group-distribution.tsx';
import { LocalGroupForm } from './local-group-form.tsx';
import { termsSummaryOf } from './local-group-terms-summary.ts';
import { LocalGroupYearForm } from './local-group-year-form.tsx';
import { RowButton } from './row-buttons.tsx';
import {
  DemoBadge,
  formatCount,
  formatOre,
  InterventionsSubnav,
  type LocalGroupItem,
  todayIso,
  useCanEdit,
  useMemberNames,
} from './shared.tsx';

/** `/f/:slug/insatser/lokala-grupper`: the local groups with a year's budget, spend, meetings and action plan. */
export function LocalGroupsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const tenant = useTenant();
  const canEdit = useCanEdit();
  const memberNames = useMemberNames();
  const yearId = useId();
  const groups = useQuery(trpc.interventions.localGroups.list.queryOptions({ tenant: slug }));
  const latestYear = Math.max(
    0,
    ...(groups.data ?? []).flatMap((group) => group.years.map((year) => year.year)),
  );
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const year = chosenYear ?? (latestYear || Number(todayIso().slice(0, 4)));
  const [editing, setEditing] = useState<LocalGroupItem | 'new' | null>(null);
  const [editingYear, setEditingYear] = useState<LocalGroupItem | null>(null);
  const [deleting, setDeleting] = useState<LocalGroupItem | null>(null);
  const remove = useApiMutation(trpc.interventions.localGroups.delete.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.interventions.pathKey() }],
  });
  const yearOf = (group: LocalGroupItem) => group.years.find((entry) => entry.year === year);
  const sum = (pick: (group: LocalGroupItem) => number | undefined) =>
    (groups.data ?? []).reduce((total, group) => total + (pick(group) ?? 0), 0);

  return (
    <>
      <PageHeading titleParts={[t('interventions.localGroups.title'), tenant.name]}>
        {t('interventions.localGroups.title')}
      </PageHeading>
      <InterventionsSubnav />
      <p>{t('interventions.localGroups.intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={yearId}>
          {t('interventions.localGroups.year')}
        </label>
        <input
          id={yearId}
          className="field__input"
          type="number"
          min={2000}
          max={2100}
          value={year}
          onChange={(event) => setChosenYear(Number(event.target.value) || null)}
        />
      </div>
      <QueryState
        query={groups}
        isEmpty={(data) => data.length === 0}
        empty={<p className="empty-state">{t('interventions.localGroups.empty')}</p>}
      >
        {(data) => (
          <ScrollRegion label={t('interventions.localGroups.caption', { year })}>
            <table className="insatser-table">
              <caption>{t('interventions.localGroups.caption', { year })}</caption>
              <ColumnHeaders
                columns={[
                  t('interventions.localGroups.name'),
                  t('interventions.localGroups.municipalities'),
                  numberColumn(t('interventions.localGroups.population')),
                  numberColumn(t('interventions.localGroups.budget')),
                  numberColumn(t('interventions.localGroups.spend')),
                  numberColumn(t('interventions.localGroups.meetings')),
                  t('interventions.localGroups.actionPlan'),
                  t('interventions.localGroups.interventions'),
                ]}
                hasBlankEnd={canEdit}
              />
              <tbody>
                {data.map((group) => {
                  const entry = yearOf(group);
                  return (
                    <tr key={group.id}>
                      <th scope="row">
                        {group.name}
                        <DemoBadge isShown={entry?.isDemoEstimate ?? false} />
                      </th>
                      <td>
                        {group.municipalityMemberIds.map((id) => memberNames.get(id) ?? '–').join(', ')}
                      </td>
                      <td className="num">{formatCount(group.population)}</td>
                      <td className="num">
                        {entry ? formatOre(entry.budget) : t('interventions.localGroups.noYear')}
                      </td>
                      <td className="num">
                        {entry ? formatOre(entry.spend) : '–'}
                        {entry?.spendSource === 'typed' ? (
                          <span className="insatser-muted">{` ${t('interventions.detail.spendTyped')}`}</span>
                        ) : null}
                      </td>
                      <td className="num">
                        {formatCount(entry?.meetingsHeld)}
                        {entry?.terms.length ? (
                          <span className="insatser-muted">{` (${termsSummaryOf(entry.terms, t)})`}</span>
                        ) : null}
                      </td>
                      <td>
                        {entry
                          ? entry.hasUpdatedActionPlan
                            ? t('interventions.common.yes')
                            : t('interventions.common.no')
                          : '–'}
                      </td>
                      <td>
                        {group.interventions.length === 0
                          ? t('interventions.common.none')
                          : group.interventions.map((intervention, index) => (
                              <span key={intervention.id}>
                                {index > 0 ? ', ' : ''}
                                <Link to={`/f/${slug}/insatser/${intervention.id}`}>{intervention.name}</Link>
                              </span>
                            ))}
                      </td>
                      {canEdit ? (
                        <EditDeleteButtons
                          subject={`: ${group.name}`}
                          onEdit={() => setEditing(group)}
                          onDelete={() => setDeleting(group)}
                        >
                          <RowButton
                            label={t('interventions.localGroups.editYear')}
                            subject={`: ${group.name}`}
                            onClick={() => setEditingYear(group)}
                          />
                        </EditDeleteButtons>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('interventions.localGroups.total')}</th>
                  <td />
                  <td className="num">{formatCount(sum((group) => group.population ?? 0))}</td>
                  <td className="num">{formatOre(sum((group) => yearOf(group)?.budget))}</td>
                  <td className="num">{formatOre(sum((group) => yearOf(group)?.spend))}</td>
                  <td className="num">{formatCount(sum((group) => yearOf(group)?.meetingsHeld))}</td>
                  <td />
                  <td />
                  {canEdit ? <td /> : null}
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>
        )}
      </QueryState>
      {canEdit && (groups.data?.length ?? 0) > 0 ? (
        <LocalGroupBudgetDistribution key={year} groups={groups.data ?? []} year={year} />
      ) : null}
      <AddOrEdit
        editing={editing}
        canAdd={canEdit}
        addLabel={t('interventions.localGroups.add')}
        onAdd={() => setEditing('new')}
      >
        {(group) => <LocalGroupForm group={group} onDone={() => setEditing(null)} />}
      </AddOrEdit>
      {editingYear !== null ? (
        <LocalGroupYearForm
          group={editingYear}
          year={year}
          onDone={() => setEditingYear(null)}
          key={`${editingYear.id}-${year}`}
        />
      ) : null}
      <ConfirmDeleteDialog
        input={deleting && { tenant: slug, id: deleting.id, expectedVersion: deleting.version }}
        mutation={remove}
        onClose={() => setDeleting(null)}
        title={t('interventions.localGroups.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('interventions.common.delete')}
      >
        <p>{t('interventions.localGroups.deleteBody')}</p>
      </ConfirmDeleteDialog>
    </>
  );
}
