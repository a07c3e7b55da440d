import { methodTagLabel, participantsInPeriod, personsReached, targetGroupLabel } from '@samsyn/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ColumnHeaders, numberColumn } from '../../components/column-headers.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import { formatDate } from '../../lib/format.ts';
import type { Message } from '../../lib/message-key.ts';
import { targetGroupText } from '../../lib/target-group-text.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { InterventionDecisions } from '../board/decisions/intervention-decisions.tsx';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { BudgetSection } from './budget-section.tsx';
import { CatalogueSection } from './catalogue-section.tsx';
import { GoalsSection } from './goals-section.tsx';
import { InterventionLoadError } from './intervention-not-found.tsx';
import {
  DemoBadge,
  formatCount,
  type InterventionDetail,
  InterventionsSubnav,
  useCanEdit,
  useMemberNames,
} from './shared.tsx';
import { StatusSection } from './status-section.tsx';
import { useArrivalNotice } from './use-arrival-notice.ts';

/** `/f/:slug/insatser/:id`: one intervention with its goals, figures per period, budget and status history. */
export function InterventionPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const detail = useQuery(trpc.interventions.get.queryOptions({ tenant: slug, id }));
  if (detail.isPending) return <LoadingStatus />;
  if (detail.isError)
    return <InterventionLoadError error={detail.error} onRetry={() => void detail.refetch()} />;
  return <InterventionView detail={detail.data} />;
}

function InterventionView({ detail }: { detail: InterventionDetail }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const slug = useTenantSlug();
  const canEdit = useCanEdit();
  const memberNames = useMemberNames();
  const arrivalNotice = useArrivalNotice();
  const intervention = detail.intervention;
  const isArchived = intervention.archivedAt !== null;
  const canChange = canEdit && !isArchived;
  const lead =
    intervention.leadOrganisation.type === 'forbund'
      ? tenant.name
      : (memberNames.get(intervention.leadOrganisation.memberId) ?? '–');
  const targetGroup = targetGroupText(
    intervention.targetGroupIds.map(targetGroupLabel),
    intervention.targetGroupText,
  );
  const methods = [...intervention.methodTagIds.map(methodTagLabel), ...intervention.freeTags].join(', ');
  const dates =
    intervention.startDate || intervention.endDate
      ? t('interventions.list.dates', {
          from: intervention.startDate ? formatDate(intervention.startDate) : t('interventions.list.open'),
          to: intervention.endDate ? formatDate(intervention.endDate) : t('interventions.list.open'),
        })
      : t('interventions.common.none');
  const hasDemo =
    intervention.isDemoEstimate ||
    detail.figures.some((entry) => entry.isDemoEstimate) ||
    detail.budgets.some((budget) => budget.isDemoEstimate) ||
    detail.goals.some((goal) => goal.isDemoEstimate);

  return (
    <>
      <PageHeading titleParts={[intervention.name, tenant.name]}>{intervention.name}</PageHeading>
      <InterventionsSubnav />
      <Notice message={arrivalNotice} />
      {isArchived ? <p className="notice">{t('interventions.detail.archivedNotice')}</p> : null}
      {hasDemo ? <p className="notice">{t('interventions.common.demoEstimateNote')}</p> : null}
      {canEdit ? (
        <InterventionActions detail={detail} />
      ) : (
        <p className="insatser-muted">{t('interventions.common.readOnly')}</p>
      )}

      <section className="insatser-section" aria-labelledby="insats-facts">
        <h2 id="insats-facts">{t('interventions.detail.facts')}</h2>
        <dl className="insatser-facts">
          <dt>{t('interventions.detail.kind')}</dt>
          <dd>{t(`interventions.kinds.${intervention.kind}`)}</dd>
          <dt>{t('interventions.detail.status')}</dt>
          <dd>{t(`interventions.statuses.${intervention.status}`)}</dd>
          <dt>{t('interventions.detail.purpose')}</dt>
          <dd>{intervention.purpose || t('interventions.common.none')}</dd>
          <dt>{t('interventions.detail.targetGroup')}</dt>
          <dd>{targetGroup || t('interventions.common.none')}</dd>
          <dt>{t('interventions.detail.methods')}</dt>
          <dd>{methods || t('interventions.common.none')}</dd>
          <dt>{t('interventions.detail.lead')}</dt>
          <dd>{lead}</dd>
          <dt>{t('interventions.detail.partners')}</dt>
          <dd>
            {intervention.partnerMemberIds.map((memberId) => memberNames.get(memberId) ?? '–').join(', ') ||
              t('interventions.common.none')}
          </dd>
          <dt>{t('interventions.detail.dates')}</dt>
          <dd>{dates}</dd>
          <dt>{t('interventions.detail.registration')}</dt>
          <dd>{t(`interventions.registration.${intervention.participantRegistration}`)}</dd>
          <dt>{t('interventions.detail.localGroup')}</dt>
          <dd>{detail.localGroupName ?? t('interventions.common.none')}</dd>
          <dt>{t('interventions.form.esf')}</dt>
          <dd>{t(intervention.isEsfFunded ? 'interventions.form.esfYes' : 'interventions.form.esfNo')}</dd>
          <dt>{t('interventions.form.followUpMethod')}</dt>
          <dd>
            {intervention.followUpMethod
              ? t(`interventions.followUpMethods.${intervention.followUpMethod}`)
              : t('interventions.form.noFollowUpMethod')}
          </dd>
          <dt>{t('interventions.form.detailedDirection')}</dt>
          <dd>{intervention.detailedDirection || t('interventions.common.none')}</dd>
        </dl>
        {detail.finsamRegisteredPeriods.length > 0 ? (
          <p className="insatser-muted">
            {t('interventions.form.finsamLocked', {
              periods: detail.finsamRegisteredPeriods.map((entry) => entry.period).join(', '),
            })}
          </p>
        ) : null}
      </section>

      <GoalsSection detail={detail} canChange={canChange} />
      <PeriodsSection detail={detail} canChange={canChange} slug={slug} />
      <BudgetSection detail={detail} canChange={canChange} />
      <StatusSection detail={detail} canChange={canChange} />
      <CatalogueSection detail={detail} />
      <InterventionDecisions interventionId={intervention.id} />
    </>
  );
}

function PeriodsSection({
  detail,
  canChange,
  slug,
}: {
  detail: InterventionDetail;
  canChange: boolean;
  slug: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const base = `/f/${slug}/insatser/${detail.intervention.id}/siffror`;
  const isIndividual = detail.intervention.kind === 'individual';
  return (
    <section className="insatser-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('interventions.detail.periodsTitle')}</h2>
      {canChange ? (
        <p>
          <Link className="button button--primary" to={base}>
            {t('interventions.detail.reportFigures')}
          </Link>
        </p>
      ) : null}
      {detail.periods.length === 0 ? (
        <p className="empty-state">{t('interventions.detail.noPeriods')}</p>
      ) : (
        <ScrollRegion label={t('interventions.detail.periodsCaption')}>
          <table className="insatser-table">
            <caption>{t('interventions.detail.periodsCaption')}</caption>
            <ColumnHeaders
              columns={[
                t('interventions.detail.period'),
                numberColumn(
                  isIndividual ? t('interventions.detail.participants') : t('interventions.detail.reached'),
                ),
                numberColumn(
                  isIndividual ? t('interventions.detail.ended') : t('interventions.detail.meetings'),
                ),
                t('interventions.detail.results'),
              ]}
            />
            <tbody>
              {detail.periods.map((period) => {
                const entry = detail.figures.find((figures) => figures.period === period);
                const note = detail.notes.find((item) => item.period === period);
                const figures = entry?.figures;
                return (
                  <tr key={period}>
                    <th scope="row">
                      {canChange ? (
                        <Link
                          to={`${base}?period=${encodeURIComponent(period)}`}
                          aria-label={t('interventions.detail.editPeriod', { period })}
                        >
                          {period}
                        </Link>
                      ) : (
                        period
                      )}
                      <DemoBadge isShown={entry?.isDemoEstimate ?? false} />
                    </th>
                    <td className="num">
                      {figures?.kind === 'individual'
                        ? formatCount(participantsInPeriod(figures).total)
                        : figures?.kind === 'structural'
                          ? formatCount(personsReached(figures))
                          : '–'}
                    </td>
                    <td className="num">
                      {figures?.kind === 'individual'
                        ? formatCount(figures.ended?.total)
                        : figures?.kind === 'structural'
                          ? formatCount(figures.meetingsHeld)
                          : '–'}
                    </td>
                    <td className="insatser-report__text">
                      {note?.resultsText || t('interventions.common.none')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

function InterventionActions({ detail }: { detail: InterventionDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const intervention = detail.intervention;
  const [dialog, setDialog] = useState<'archive' | 'delete' | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.interventions.pathKey() });
  const close = () => {
    setDialog(null);
    setError(null);
  };
  const archive = useMutation(
    trpc.interventions.archive.mutationOptions({
      onSuccess: async () => {
        close();
        await refresh();
      },
      onError: (e) => setError(errorMessageOf(e)),
    }),
  );
  const restore = useMutation(
    trpc.interventions.restore.mutationOptions({
      onSuccess: refresh,
      onError: (e) => setError(errorMessageOf(e)),
    }),
  );
  const remove = useMutation(
    trpc.interventions.delete.mutationOptions({
      onSuccess: async () => {
        close();
        await refresh();
        navigate(`/f/${slug}/insatser`);
      },
      onError: (e) => setError(errorMessageOf(e)),
    }),
  );
  const input = { tenant: slug, id: intervention.id, expectedVersion: intervention.version };
  const hasFigures = detail.figures.length > 0;
  const isArchived = intervention.archivedAt !== null;

  return (
    <div className="insatser-actions">
      {isArchived ? (
        <button type="button" className="button button--secondary" onClick={() => restore.mutate(input)}>
          {t('interventions.detail.restore')}
        </button>
      ) : (
        <>
          <Link className="button button--secondary" to={`/f/${slug}/insatser/${intervention.id}/andra`}>
            {t('interventions.detail.edit')}
          </Link>
          <button type="button" className="button button--secondary" onClick={() => setDialog('archive')}>
            {t('interventions.detail.archive')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setDialog('delete')}>
            {t('interventions.detail.delete')}
          </button>
        </>
      )}
      {/* While a dialog is open, it shows the failure itself. */}
      <ErrorNotice message={dialog === null ? error : null} />
      <ConfirmDialog
        isOpen={dialog === 'archive'}
        title={t('interventions.detail.archiveTitle', { name: intervention.name })}
        confirmLabel={t('interventions.detail.archive')}
        isPending={archive.isPending}
        error={error}
        onConfirm={() => archive.mutate(input)}
        onCancel={close}
      >
        <p>{t('interventions.detail.archiveBody')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={dialog === 'delete'}
        title={t('interventions.detail.deleteTitle', { name: intervention.name })}
        confirmLabel={hasFigures ? t('interventions.detail.archive') : t('interventions.detail.delete')}
        isPending={remove.isPending || archive.isPending}
        error={error}
        onConfirm={() => (hasFigures ? archive.mutate(input) : remove.mutate(input))}
        onCancel={close}
      >
        <p>
          {hasFigures ? t('interventions.detail.deleteHasFigures') : t('interventions.detail.deleteBody')}
        </p>
      </ConfirmDialog>
    </div>
  );
}
