import type { TFunction } from 'i18next';

/**
 * A follow-up period in words, as the board work's and the plan follow-up's period pickers name
 * it: '2019-H1' → "Första halvåret 2019", '2019-H2' → "Andra halvåret 2019", '2019' → "Helåret 2019".
 */
export function periodInWords(t: TFunction, period: string): string {
  const year = period.slice(0, 4);
  const half = period.slice(5);
  if (half === 'H1' || half === 'H2') return t(`followUpPeriods.${half}`, { year });
  return t('followUpPeriods.year', { year });
}
