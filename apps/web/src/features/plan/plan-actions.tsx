import { adoptPlanSchema, nextPeriodOf, planYearsText, todayInSweden } from '@samsyn/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FieldFrame } from '../../components/form/field-frame.tsx';
import { Notice } from '../../components/notice.tsx';
import { errorMessageOf, issueMessageKey } from '../../lib/error-message.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { AdoptDecisionField } from '../board/decisions/adopt-decision-field.tsx';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import type { PlanTree } from './plan-shared.ts';

type Dialog = 'adopt' | 'reopen' | 'copy' | 'delete' | null;

/**
 * The plan's acts, each behind a confirmation: adopt (with the board's date), copy to the next
 * period, delete a draft (editors); reopen an adopted plan (admins); print (everyone).
 */
export function PlanActions({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const navigate = useNavigate();
  const canEdit = useTenantRole('editor');
  const isAdmin = useTenantRole('admin');
  const dateId = useId();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [adoptedOn, setAdoptedOn] = useState(todayInSweden());
  const [adoptedDecisionId, setAdoptedDecisionId] = useState('');
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const slug = tenant.slug;
  const invalidates = () => [{ queryKey: trpc.plans.pathKey() }];
  const adopt = useApiMutation(trpc.plans.adopt.mutationOptions(), {
    invalidates,
    success: () => ({ key: 'plan.actions.adopted' }),
  });
  const reopen = useApiMutation(trpc.plans.reopen.mutationOptions(), {
    invalidates,
    success: () => ({ key: 'plan.actions.reopened' }),
  });
  const copy = useApiMutation(trpc.plans.copy.mutationOptions(), { invalidates });
  const remove = useApiMutation(trpc.plans.delete.mutationOptions(), { invalidates });
  const mutations = { adopt, reopen, copy, delete: remove };
  const current = dialog ? mutations[dialog] : null;
  const close = () => {
    current?.reset();
    setDialog(null);
  };
  const edit = { tenant: slug, planId: plan.id, expectedVersion: plan.version };
  const next = nextPeriodOf(plan);

  function confirm() {
    if (dialog === 'adopt') {
      // With a decision and no date, the API takes the decision's meeting date.
      const parsed = adoptPlanSchema.safeParse({
        adoptedOn: adoptedOn.trim() === '' && adoptedDecisionId ? null : adoptedOn,
        adoptedDecisionId: adoptedDecisionId || null,
      });
      if (!parsed.success) {
        setDateProblem(parsed.error.issues[0]?.message ?? 'plan.adoptedOnInvalid');
        return;
      }
      setDateProblem(null);
      adopt.mutate({ ...edit, ...parsed.data }, { onSuccess: () => setDialog(null) });
    } else if (dialog === 'reopen') reopen.mutate(edit, { onSuccess: () => setDialog(null) });
    else if (dialog === 'copy')
      copy.mutate(
        { tenant: slug, planId: plan.id },
        {
          onSuccess: (created) =>
            navigate(`/f/${slug}/plan/${created.id}`, { state: { notice: { key: 'plan.actions.copied' } } }),
        },
      );
    else if (dialog === 'delete')
      remove.mutate(edit, {
        onSuccess: () => navigate(`/f/${slug}/plan`, { state: { notice: { key: 'plan.actions.deleted' } } }),
      });
  }

  const isDraft = plan.status === 'draft';
  return (
    <div className="plan-actions no-print">
      <div className="button-row">
        {canEdit && isDraft ? (
          <button type="button" className="button button--primary" onClick={() => setDialog('adopt')}>
            {t('plan.actions.adopt')}
          </button>
        ) : null}
        {isAdmin && !isDraft ? (
          <button type="button" className="button button--secondary" onClick={() => setDialog('reopen')}>
            {t('plan.actions.reopen')}
          </button>
        ) : null}
        {canEdit ? (
          <button type="button" className="button button--secondary" onClick={() => setDialog('copy')}>
            {t('plan.actions.copy')}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('plan.actions.print')}
        </button>
        {canEdit && isDraft ? (
          <button type="button" className="button button--danger" onClick={() => setDialog('delete')}>
            {t('plan.actions.deletePlan')}
          </button>
        ) : null}
      </div>
      <Notice message={adopt.notice ?? reopen.notice} />
      <ConfirmDialog
        isOpen={dialog !== null}
        title={
          dialog === 'adopt'
            ? t('plan.actions.adoptTitle')
            : dialog === 'reopen'
              ? t('plan.actions.reopenTitle')
              : dialog === 'copy'
                ? t('plan.actions.copyTitle')
                : t('plan.actions.deleteTitle')
        }
        confirmLabel={
          dialog === 'adopt'
            ? t('plan.actions.adopt')
            : dialog === 'reopen'
              ? t('plan.actions.reopen')
              : dialog === 'copy'
                ? t('plan.actions.copy')
                : t('plan.actions.deletePlan')
        }
        tone={dialog === 'delete' ? 'danger' : 'primary'}
        isPending={current?.isPending ?? false}
        error={current?.error ? errorMessageOf(current.error) : null}
        onConfirm={confirm}
        onCancel={close}
      >
        {dialog === 'adopt' ? (
          <>
            <p>{t('plan.actions.adoptIntro')}</p>
            <AdoptDecisionField
              value={adoptedDecisionId}
              onChange={(decisionId, meetingDate) => {
                setAdoptedDecisionId(decisionId);
                if (meetingDate) setAdoptedOn(meetingDate);
              }}
            />
            <FieldFrame
              id={dateId}
              label={t('plan.actions.adoptedOn')}
              hint={t('plan.actions.adoptedOnHint')}
              error={dateProblem ? t(issueMessageKey(dateProblem, 'custom')) : undefined}
            >
              {(control) => (
                <input
                  {...control}
                  className="field__input"
                  value={adoptedOn}
                  onChange={(event) => setAdoptedOn(event.target.value)}
                  autoComplete="off"
                />
              )}
            </FieldFrame>
          </>
        ) : dialog === 'reopen' ? (
          <p>{t('plan.actions.reopenBody')}</p>
        ) : dialog === 'copy' ? (
          <p>{t('plan.actions.copyBody', { years: planYearsText(next) })}</p>
        ) : (
          <p>{t('plan.actions.deleteBody', { name: plan.name })}</p>
        )}
      </ConfirmDialog>
    </div>
  );
}
