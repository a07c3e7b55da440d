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

const shareFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A percentage (27.5, as the API sends shares) with the one decimal every share is shown with:
 * `27,5 %`. One rule for the economy's shares, so 50/25/25 reads alike in every table.
 */
export const formatShare = (percent: number): string => `${shareFormat.format(percent)}\u00a0%`;

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

const swedishTime = 'Europe/Stockholm';
const instantDateFormat = new Intl.DateTimeFormat(locale, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: swedishTime,
});
const instantTimeFormat = new Intl.DateTimeFormat(locale, {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: swedishTime,
});

/**
 * A moment from the API (UTC, `2026-12-04T11:12:00Z`) in running text, in Swedish time whatever
 * the browser's zone: "4 december 2026 kl. 12:12", or without the time "4 december 2026". The one
 * rule for dates in text; ISO dates belong only in inputs and files.
 */
export function formatDateTime(instant: string, withTime = true): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const day = instantDateFormat.format(date);
  return withTime ? `${day} kl. ${instantTimeFormat.format(date)}` : day;
}

const fileTimeFormat = (withSeconds: boolean) =>
  new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    timeZone: swedishTime,
  });
const fileTimeFormats = { withSeconds: fileTimeFormat(true), toTheMinute: fileTimeFormat(false) };

/**
 * A moment as an exported file writes it: ISO-like, in Swedish time ("2026-12-04 12:12:00", or
 * to the minute); something that is not a moment stays as it was.
 */
export function formatFileTime(
  instant: string,
  precision: keyof typeof fileTimeFormats = 'withSeconds',
): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : fileTimeFormats[precision].format(date);
}
