import { useTranslation } from 'react-i18next';
import { useMoneyUnit } from './money-unit.ts';

/**
 * Said in a table's caption when its amounts are in thousands: a figure read out of context
 * ("3 623") must not pass for kronor. Kronor are the default and go unsaid.
 */
export function UnitNote() {
  const { t } = useTranslation();
  return useMoneyUnit() === 'tkr' ? (
    <span className="economy-unit-note">{`, ${t('economy.common.inTkr')}`}</span>
  ) : null;
}
