import { riskBand, riskScore } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ColumnHeaders } from '../../../components/column-headers.tsx';
import { ConfirmDeleteDialog } from '../../../components/confirm-delete-dialog.tsx';
import { ErrorPage } from '../../../components/error-page.tsx';
import { LoadingStatus } from '../../../components/loading-status.tsx';
import { Notice } from '../../../components/notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useCanEditPlan } from '../plan-shared.ts';
import { PlanSubnav } from '../plan-subnav.tsx';
import type { PlanRiskEntry } from './follow-up-shared.ts';
import { RiskForm } from './risk-form.tsx';
import { RiskMatrix } from './risk-matrix.tsx';
import '../plan.css';
import './follow-up.css';

/** `/f/:slug/plan/:planId/risker`: the plan's risk analysis, as a matrix and as a table, editable by editors. */
export function RisksPage() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const canEdit = useCanEditPlan();
  const [editing, setEditing] = useState<PlanRiskEntry | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PlanRiskEntry | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);
  const list = useQuery(trpc.planRisks.list.queryOptions({ tenant: tenant.slug, planId }));
  const remove = useApiMutation(trpc.planRisks.delete.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.planRisks.list.queryKey() }],
  });
  // After a deletion the row and its button are gone: focus goes to "Lägg till risk". In an effect,
  // so it runs after the dialog's own (a child's effects run first) has closed it; while the modal
  // dialog is open the page behind it cannot take focus.
  const [deletions, setDeletions] = useState(0);
  useEffect(() => {
    if (deletions > 0) document.getElementById('risk-open-new')?.focus();
  }, [deletions]);
  if (list.isPending) return <LoadingStatus />;
  if (list.isError) return <ErrorPage error={list.error} onRetry={() => void list.refetch()} />;
  const { planName, risks } = list.data;
  const openerId = (key: string) => `risk-open-${key}`;
  const done = (key: string) => (message: Message | null) => {
    setEditing(null);
    if (message) setNotice(message);
    requestAnimationFrame(() => document.getElementById(openerId(key))?.focus());
  };
  const level = (kind: 'likelihood' | 'consequence', value: number) =>
    t('planFollowUp.risks.level', {
      level: value,
      name: t(`planFollowUp.risks.${kind}Levels.${String(value) as '1'}`),
    });

  return (
    <article className="follow-up-page">
      <PageHeading titleParts={[t('planFollowUp.risks.title'), planName, tenant.name]}>
        {t('planFollowUp.risks.heading', { plan: planName })}
      </PageHeading>
      <PlanSubnav planId={planId} />
      <p>{t('planFollowUp.risks.intro')}</p>
      <Notice message={notice} />
      {risks.length === 0 ? <p>{t('planFollowUp.risks.none')}</p> : null}
      <h2>{t('planFollowUp.risks.matrixTitle')}</h2>
      <p>{t('planFollowUp.risks.matrixIntro')}</p>
      <RiskMatrix risks={risks} />
      <h2>{t('planFollowUp.risks.tableCaption')}</h2>
      {risks.length > 0 ? (
        <ScrollRegion label={t('planFollowUp.risks.tableCaption')}>
          <table className="plan-table">
            <caption className="visually-hidden">{t('planFollowUp.risks.tableCaption')}</caption>
            <ColumnHeaders
              columns={[
                t('planFollowUp.risks.event'),
                t('planFollowUp.risks.likelihood'),
                t('planFollowUp.risks.consequence'),
                t('planFollowUp.risks.score'),
                t('planFollowUp.risks.controlMeasures'),
                t('planFollowUp.risks.owner'),
                t('planFollowUp.risks.reviewedOn'),
                ...(canEdit ? [t('planFollowUp.risks.actions')] : []),
              ]}
            />
            <tbody>
              {risks.map((risk) => {
                const score = riskScore(risk);
                return (
                  <tr key={risk.id}>
                    <th scope="row" className="plan-text">
                      {risk.event}
                    </th>
                    <td>{level('likelihood', risk.likelihood)}</td>
                    <td>{level('consequence', risk.consequence)}</td>
                    <td>
                      {t('planFollowUp.risks.scoreText', {
                        score,
                        band: t(`planFollowUp.risks.bands.${riskBand(score)}`),
                      })}
                    </td>
                    <td className="plan-text">{risk.controlMeasures}</td>
                    <td>{risk.owner}</td>
                    <td>{risk.reviewedOn ?? '–'}</td>
                    {canEdit ? (
                      <td>
                        <div className="button-row">
                          <button
                            type="button"
                            id={openerId(risk.id)}
                            className="button button--secondary button--small"
                            aria-label={t('planFollowUp.risks.edit', { name: risk.event })}
                            onClick={() => setEditing(risk)}
                          >
                            {t('plan.common.edit')}
                          </button>
                          <button
                            type="button"
                            className="button button--danger button--small"
                            aria-label={t('planFollowUp.risks.delete', { name: risk.event })}
                            onClick={() => {
                              remove.reset();
                              setDeleting(risk);
                            }}
                          >
                            {t('plan.common.delete')}
                          </button>
                        </div>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      {canEdit && editing === null ? (
        <button type="button" id={openerId('new')} className="button" onClick={() => setEditing('new')}>
          {t('planFollowUp.risks.add')}
        </button>
      ) : null}
      {editing !== null ? (
        <RiskForm
          key={editing === 'new' ? 'new' : editing.id}
          planId={planId}
          risk={editing === 'new' ? null : editing}
          onDone={done(editing === 'new' ? 'new' : editing.id)}
        />
      ) : null}
      <ConfirmDeleteDialog
        input={deleting && { tenant: tenant.slug, riskId: deleting.id, expectedVersion: deleting.version }}
        mutation={remove}
        onClose={() => setDeleting(null)}
        onDeleted={() => {
          setDeleting(null);
          setNotice({ key: 'planFollowUp.risks.deleted' });
          setDeletions((n) => n + 1);
        }}
        title={t('planFollowUp.risks.deleteTitle')}
        confirmLabel={t('planFollowUp.risks.deleteConfirm')}
      >
        <p>{t('planFollowUp.risks.deleteText', { name: deleting?.event ?? '' })}</p>
      </ConfirmDeleteDialog>
    </article>
  );
}
