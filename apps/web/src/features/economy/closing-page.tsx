import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useTenant } from '../tenant/use-tenant.ts';
import { useTenantRole } from '../tenant/use-tenant-role.ts';
import { ForecastSection } from './forecast-form.tsx';
import { ResultFiguresSection } from './result-figures-form.tsx';
import { ThroughMonthField, useEconomyYear, useThroughMonth, YearPicker } from './year-picker.tsx';

/**
 * `/f/:slug/ekonomi/bokslut`: the income statement's figures as booked for the year through a
 * month, and the year-end forecast per line. Both feed the reports.
 */
export function ClosingPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const { year, years, isReady } = useEconomyYear(tenant.slug);
  const throughMonth = useThroughMonth(year, years);
  const canEdit = useTenantRole('editor');
  const title = t('economy.closing.title');
  return (
    <>
      <PageHeading titleParts={[title, t('economy.title'), tenant.name]}>{`${title} ${year}`}</PageHeading>
      <p>{t('economy.closing.intro')}</p>
      <YearPicker key={`${year}-${throughMonth}`} year={year} years={years} extraParams={['manad']}>
        <ThroughMonthField throughMonth={throughMonth} />
      </YearPicker>
      {!canEdit ? <p className="notice notice--info">{t('economy.common.readOnly')}</p> : null}
      {!isReady ? (
        <LoadingStatus />
      ) : (
        <>
          <ResultFiguresSection year={year} throughMonth={throughMonth} canEdit={canEdit} />
          <ForecastSection year={year} throughMonth={throughMonth} canEdit={canEdit} />
        </>
      )}
    </>
  );
}
