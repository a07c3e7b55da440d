/**
 * Number and date formatting, Swedish style: 1 234 567, 43 %, 1 januari 2019. Money is not here:
 * amounts are integer öre and are formatted by @samsyn/domain's formatMoney, the same rule the
 * reports use.
 */
const locale = 'sv-SE';

const integerFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
const longDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
const shortDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' });

export const formatNumber = (value: number | bigint, decimals = false): string =>
  (decimals ? decimalFormat : integerFormat).format(value);

/** A share (0.43) as a percentage: `43 %`. */
export const formatPercent = (share: number): string => percentFormat.format(share);

/**
 * A calendar date from the API (`2019-06-30`). Parsed and formatted in UTC so the day never
 * shifts with the browser's time zone.
 */
export function formatDate(isoDate: string, style: 'long' | 'short' = 'long'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return (style === 'long' ? longDateFormat : shortDateFormat).format(date);
}
