import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';

/** "Utkast" or "Fastställd 29 november 2019", as text (not colour alone). */
export function PlanStatusBadge({ plan }: { plan: { status: string; adoptedOn: string | null } }) {
  const { t } = useTranslation();
  return plan.status === 'adopted' ? (
    <span className="plan-status plan-status--adopted">
      {plan.adoptedOn
        ? t('plan.status.adoptedOn', { date: formatDate(plan.adoptedOn) })
        : t('plan.status.adopted')}
    </span>
  ) : (
    <span className="plan-status plan-status--draft">{t('plan.status.draft')}</span>
  );
}
