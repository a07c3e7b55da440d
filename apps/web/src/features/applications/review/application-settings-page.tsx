import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { ApplicationsSubnav } from '../applications-subnav.tsx';
import type { ChecklistPointRow, CriterionRow } from './review-shared.ts';
import { CriterionForm, PointForm } from './settings-forms.tsx';
import { SettingsList } from './settings-list.tsx';
import './review.css';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';

/** `/f/:slug/ansokningar/installningar`: the förbund's formal checklist and review criteria (admins edit, others read). */
export function ApplicationSettingsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const title = t('applicationReview.settings.title');
  return (
    <>
      <PageHeading titleParts={[title, tenant.name]}>{title}</PageHeading>
      <ApplicationsSubnav />
      <p>{t('applicationReview.settings.intro')}</p>
      <ChecklistSettings />
      <CriteriaSettings />
    </>
  );
}

/** Whatever one list changes, the settings and every review reading them are read again. */
function useInvalidateReview() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.applicationReview.pathFilter());
}

function ChecklistSettings() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const isAdmin = useTenantRole('admin');
  const query = useQuery(trpc.applicationReview.checklist.list.queryOptions({ tenant: slug }));
  const onSuccess = useInvalidateReview();
  const m = {
    create: useMutation({ ...trpc.applicationReview.checklist.create.mutationOptions(), onSuccess }),
    update: useMutation({ ...trpc.applicationReview.checklist.update.mutationOptions(), onSuccess }),
    move: useMutation({ ...trpc.applicationReview.checklist.move.mutationOptions(), onSuccess }),
    remove: useMutation({ ...trpc.applicationReview.checklist.delete.mutationOptions(), onSuccess }),
  };
  const isPending = m.create.isPending || m.update.isPending || m.move.isPending || m.remove.isPending;
  const save = (row: ChecklistPointRow, values: { text: string; active: boolean }) =>
    m.update.mutateAsync({ tenant: slug, id: row.id, expectedVersion: row.version, ...values });
  return (
    <QueryState query={query}>
      {(points) => (
        <SettingsList
          heading={t('applicationReview.settings.points')}
          empty={t('applicationReview.settings.noPoints')}
          rows={points.map((point) => ({ ...point, name: point.text, useCount: point.answerCount }))}
          isAdmin={isAdmin}
          isPending={isPending}
          renderRow={(point) => (
            <p>
              {point.text}{' '}
              {point.active ? null : <strong>({t('applicationReview.settings.inactive')})</strong>}
              {point.useCount > 0 ? (
                <span className="review-meta">
                  {' '}
                  {t('applicationReview.settings.used', { count: point.useCount })}
                </span>
              ) : null}
            </p>
          )}
          renderEdit={(point, done) => (
            <PointForm
              initial={{ text: point.text, active: point.active }}
              label={t('applicationReview.settings.editNamed', { name: point.text })}
              submitLabel={t('applicationReview.settings.save')}
              isPending={isPending}
              onSave={async (values) => {
                await save(point, values);
                done({ key: 'applicationReview.settings.saved', values: { name: values.text } });
              }}
              onCancel={() => done(null)}
            />
          )}
          renderAdd={(done) => (
            <PointForm
              initial={{ text: '', active: true }}
              label={t('applicationReview.settings.addPoint')}
              submitLabel={t('applicationReview.settings.addPoint')}
              isPending={isPending}
              onSave={async (values) => {
                await m.create.mutateAsync({ tenant: slug, ...values });
                done({ key: 'applicationReview.settings.added', values: { name: values.text } });
              }}
            />
          )}
          onMove={(point, step) =>
            m.move.mutateAsync({ tenant: slug, id: point.id, expectedVersion: point.version, step })
          }
          onToggleActive={(point) => save(point, { text: point.text, active: !point.active })}
          onDelete={(point) =>
            m.remove.mutateAsync({ tenant: slug, id: point.id, expectedVersion: point.version })
          }
        />
      )}
    </QueryState>
  );
}

function CriteriaSettings() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const isAdmin = useTenantRole('admin');
  const query = useQuery(trpc.applicationReview.criteria.list.queryOptions({ tenant: slug }));
  const onSuccess = useInvalidateReview();
  const m = {
    create: useMutation({ ...trpc.applicationReview.criteria.create.mutationOptions(), onSuccess }),
    update: useMutation({ ...trpc.applicationReview.criteria.update.mutationOptions(), onSuccess }),
    move: useMutation({ ...trpc.applicationReview.criteria.move.mutationOptions(), onSuccess }),
    remove: useMutation({ ...trpc.applicationReview.criteria.delete.mutationOptions(), onSuccess }),
  };
  const isPending = m.create.isPending || m.update.isPending || m.move.isPending || m.remove.isPending;
  const fields = (row: CriterionRow) => ({
    name: row.name,
    description: row.description,
    maxScore: row.maxScore,
    active: row.active,
  });
  const save = (row: CriterionRow, values: ReturnType<typeof fields>) =>
    m.update.mutateAsync({ tenant: slug, id: row.id, expectedVersion: row.version, ...values });
  return (
    <QueryState query={query}>
      {(criteria) => (
        <SettingsList
          heading={t('applicationReview.settings.criteria')}
          empty={t('applicationReview.settings.noCriteria')}
          rows={criteria.map((criterion) => ({ ...criterion, useCount: criterion.scoreCount }))}
          isAdmin={isAdmin}
          isPending={isPending}
          renderRow={(criterion) => (
            <p>
              <strong>{criterion.name}</strong>,{' '}
              {t('applicationReview.settings.maxScoreShown', { max: criterion.maxScore })}{' '}
              {criterion.active ? null : <strong>({t('applicationReview.settings.inactive')})</strong>}
              {criterion.description ? <span className="review-meta"> {criterion.description}</span> : null}
            </p>
          )}
          renderEdit={(criterion, done) => (
            <CriterionForm
              initial={fields(criterion)}
              label={t('applicationReview.settings.editNamed', { name: criterion.name })}
              submitLabel={t('applicationReview.settings.save')}
              isPending={isPending}
              onSave={async (values) => {
                await save(criterion, values);
                done({ key: 'applicationReview.settings.saved', values: { name: values.name } });
              }}
              onCancel={() => done(null)}
            />
          )}
          renderAdd={(done) => (
            <CriterionForm
              initial={{ name: '', description: '', maxScore: 5, active: true }}
              label={t('applicationReview.settings.addCriterion')}
              submitLabel={t('applicationReview.settings.addCriterion')}
              isPending={isPending}
              onSave={async (values) => {
                await m.create.mutateAsync({ tenant: slug, ...values });
                done({ key: 'applicationReview.settings.added', values: { name: values.name } });
              }}
            />
          )}
          onMove={(criterion, step) =>
            m.move.mutateAsync({ tenant: slug, id: criterion.id, expectedVersion: criterion.version, step })
          }
          onToggleActive={(criterion) => save(criterion, { ...fields(criterion), active: !criterion.active })}
          onDelete={(criterion) =>
            m.remove.mutateAsync({ tenant: slug, id: criterion.id, expectedVersion: criterion.version })
          }
        />
      )}
    </QueryState>
  );
}
