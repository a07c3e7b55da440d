import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { Notice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import type { DecisionDetail } from './decision-section.tsx';

/**
 * "Skapa insats": for a granted application without one, an editor confirms and the intervention
 * is made; then the link to it takes the focus and the notice announces it.
 */
export function CreateInterventionPart({
  detail,
  canCreate,
}: {
  detail: DecisionDetail;
  canCreate: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const [isConfirming, setIsConfirming] = useState(false);
  const [justMade, setJustMade] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  const create = useApiMutation(trpc.applicationDecision.createIntervention.mutationOptions(), {
    invalidates: () => [
      { queryKey: trpc.applicationDecision.pathKey() },
      { queryKey: trpc.applications.pathKey() },
      { queryKey: trpc.interventions.pathKey() },
    ],
    success: () => ({ key: 'applicationDecision.intervention.created' }),
  });
  // Once the new intervention's link is on the page, the focus goes there (the button is gone).
  useEffect(() => {
    if (justMade && detail.intervention) {
      link.current?.focus();
      setJustMade(false);
    }
  }, [justMade, detail.intervention]);
  const granted = detail.status === 'granted';
  return (
    <>
      <h3>{t('applicationDecision.intervention.heading')}</h3>
      <Notice message={create.notice} />
      {detail.intervention ? (
        <p>
          {t('applicationDecision.intervention.made')}{' '}
          <Link ref={link} to={`/f/${tenant.slug}/insatser/${detail.intervention.id}`}>
            {t('applicationDecision.intervention.open', { name: detail.intervention.name })}
          </Link>
        </p>
      ) : granted && canCreate ? (
        <p>
          <button type="button" className="button" onClick={() => setIsConfirming(true)}>
            {t('applicationDecision.intervention.create')}
          </button>
        </p>
      ) : (
        <p>{t('applicationDecision.intervention.notGranted')}</p>
      )}
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('applicationDecision.intervention.confirmTitle')}
        confirmLabel={t('applicationDecision.intervention.confirm')}
        tone="primary"
        isPending={create.isPending}
        error={create.error ? errorMessageOf(create.error) : null}
        onConfirm={() =>
          create.mutate(
            { tenant: tenant.slug, applicationId: detail.applicationId, expectedVersion: detail.version },
            {
              onSuccess: () => {
                setIsConfirming(false);
                setJustMade(true);
              },
            },
          )
        }
        onCancel={() => {
          create.reset();
          setIsConfirming(false);
        }}
      >
        <p>{t('applicationDecision.intervention.confirmBody')}</p>
      </ConfirmDialog>
    </>
  );
}
