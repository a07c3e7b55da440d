import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders } from '../../components/column-headers.tsx';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog.tsx';
import { FilterSelect } from '../../components/filter-field.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { AddOrEdit } from './add-or-edit.tsx';
import { AssessForm } from './assess-form.tsx';
import { EditDeleteButtons } from './edit-delete-buttons.tsx';
import { GoalForm } from './goal-form.tsx';
import { goalActualText, goalStatusText, goalTargetText } from './goal-text.ts';
import { RowButton } from './row-buttons.tsx';
import { DemoBadge, type InterventionDetail } from './shared.tsx';

type GoalEntry = InterventionDetail['goals'][number];

/** The goals of an intervention, each followed up for a chosen period; editors add, change, assess and remove. */
export function GoalsSection({ detail, canChange }: { detail: InterventionDetail; canChange: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [period, setPeriod] = useState(detail.periods.at(-1) ?? '');
  const [editing, setEditing] = useState<GoalEntry | 'new' | null>(null);
  const [assessing, setAssessing] = useState<GoalEntry | null>(null);
  const [deleting, setDeleting] = useState<GoalEntry | null>(null);
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const remove = useApiMutation(trpc.interventions.goals.delete.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.interventions.pathKey() }],
  });

  return (
    <section className="insatser-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('interventions.goals.title')}</h2>
      {detail.periods.length > 0 ? (
        <FilterSelect
          label={t('interventions.goals.followUpPeriod')}
          value={period}
          onChange={setPeriod}
          choices={detail.periods.map((p) => ({ value: p, label: p }))}
        />
      ) : null}
      {detail.goals.length === 0 ? (
        <p className="empty-state">{t('interventions.goals.empty')}</p>
      ) : (
        <ScrollRegion label={t('interventions.goals.title')}>
          <table className="insatser-table">
            <caption>
              {period
                ? t('interventions.goals.caption', { period })
                : t('interventions.goals.captionNoPeriod')}
            </caption>
            <ColumnHeaders
              columns={[
                t('interventions.goals.goal'),
                t('interventions.goals.target'),
                t('interventions.goals.actual'),
                t('interventions.goals.status'),
                t('interventions.goals.comment'),
              ]}
              hasBlankEnd={canChange}
            />
            <tbody>
              {detail.goals.map((entry) => {
                const followUp = entry.followUps.find((item) => item.period === period)?.followUp;
                return (
                  <tr key={entry.id}>
                    <th scope="row">
                      {entry.goal.description}
                      <DemoBadge isShown={entry.isDemoEstimate} />
                    </th>
                    <td>{goalTargetText(t, entry.goal) || t('interventions.common.none')}</td>
                    <td>{followUp ? goalActualText(t, followUp) || t('interventions.common.none') : '–'}</td>
                    <td>{followUp ? goalStatusText(t, followUp) : t('interventions.goals.noStatus')}</td>
                    <td>{followUp?.comment || t('interventions.common.none')}</td>
                    {canChange ? (
                      <EditDeleteButtons
                        subject={`: ${entry.goal.description}`}
                        onEdit={() => setEditing(entry)}
                        onDelete={() => setDeleting(entry)}
                      >
                        {period && (entry.goal.type === 'qualitative' || entry.goal.measure === 'entered') ? (
                          <RowButton
                            label={t('interventions.goals.assess')}
                            subject={`: ${entry.goal.description}`}
                            onClick={() => setAssessing(entry)}
                          />
                        ) : null}
                      </EditDeleteButtons>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <AddOrEdit
        editing={editing}
        canAdd={canChange}
        addLabel={t('interventions.goals.add')}
        onAdd={() => setEditing('new')}
      >
        {(entry) => <GoalForm detail={detail} entry={entry} onDone={() => setEditing(null)} />}
      </AddOrEdit>
      {assessing !== null ? (
        <AssessForm entry={assessing} period={period} onDone={() => setAssessing(null)} />
      ) : null}
      <ConfirmDeleteDialog
        input={deleting && { tenant: slug, goalId: deleting.id, expectedVersion: deleting.version }}
        mutation={remove}
        onClose={() => setDeleting(null)}
        title={t('interventions.goals.deleteTitle')}
        confirmLabel={t('interventions.common.delete')}
      >
        <p>{deleting?.goal.description}</p>
        <p>{t('interventions.goals.deleteBody')}</p>
      </ConfirmDeleteDialog>
    </section>
  );
}
