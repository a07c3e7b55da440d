import { formatMoney, type Ore } from '@samsyn/domain';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { catalogueKey } from './catalogue-key.ts';

/** The catalogue's t(), for keys known only at run time. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Fields that hold öre: shown in kronor ("6 000 000 kr"), never as öre. */
const moneyFields = new Set(['amount', 'amounts', 'totalBudget', 'spendToDate', 'budget', 'spend']);

export const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const isYearField = (field: string) => /year$/i.test(field) || field === 'period';

const monthFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A period as written in running text: "mars 2026", "första halvåret 2026", "2026"; from the
 * interventions' period objects or the economy's `2026-03`.
 */
export function formatPeriod(value: unknown, t: Translate): string {
  if (typeof value === 'string') {
    const month = /^(\d{4})-(\d{2})$/.exec(value);
    if (month) return monthFormat.format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
    return value;
  }
  if (typeof value === 'number') return String(value);
  const period = asRecord(value);
  if (typeof period.year !== 'number') return '–';
  if (period.type === 'month' && typeof period.month === 'number')
    return monthFormat.format(new Date(Date.UTC(period.year, period.month - 1, 1)));
  if (period.type === 'half_year')
    return t('administration.audit.values.halfYear', {
      half: period.half === 1 ? 'första' : 'andra',
      year: period.year,
    });
  return String(period.year);
}

/** A word from the catalogue for a stored value (a status, role or kind), lower case for running text. */
function wordFor(value: string, t: Translate): string | null {
  for (const namespace of [
    'interventions.statuses',
    'administration.platform.statuses',
    'roles',
    'administration.members.kinds',
    'interventions.kinds',
    'administration.settings.allocationKeys',
  ]) {
    const key = catalogueKey(namespace, value);
    if (key) return t(key).toLocaleLowerCase('sv');
  }
  return null;
}

/**
 * One recorded value in Swedish: money in kronor, years without a space, ISO dates in the long
 * form, statuses and roles in words, lists joined; never JSON (a structure is counted instead).
 */
export function formatAuditValue(field: string, value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return t(value ? 'administration.common.yes' : 'administration.common.no');
  if (typeof value === 'number') {
    if (moneyFields.has(field)) return formatMoney(value as Ore);
    if (isYearField(field) && Number.isInteger(value)) return String(value);
    return formatNumber(value, true);
  }
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    return wordFor(value, t) ?? value;
  }
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object'))
      return value.length === 0 ? '–' : value.map((item) => formatAuditValue(field, item, t)).join(', ');
    return t('administration.audit.values.rows', { count: value.length });
  }
  if (field === 'period') return formatPeriod(value, t);
  // Planned participants are recorded as a breakdown; the total says it in running text.
  const total = asRecord(value).total;
  if (typeof total === 'number') return formatNumber(total);
  return t('administration.audit.values.changed');
}

/** A field's name as the pages call it; a field the catalogue does not know is left out. */
export function fieldLabel(field: string, t: Translate): string | null {
  const key = catalogueKey('administration.audit.fields', field);
  return key ? t(key) : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** "Fält: före → efter" for each named field that differs between before and after. */
export function fieldChanges(
  before: unknown,
  after: unknown,
  t: Translate,
  skip: readonly string[] = [],
): string[] {
  const was = asRecord(before);
  const now = asRecord(after);
  const lines: string[] = [];
  for (const field of [...new Set([...Object.keys(was), ...Object.keys(now)])]) {
    if (skip.includes(field) || same(was[field], now[field])) continue;
    const label = fieldLabel(field, t);
    if (!label) continue;
    lines.push(
      change(label, field in was ? was[field] : undefined, field in now ? now[field] : undefined, field, t),
    );
  }
  return lines;
}

/** One line of a change: "Insatsmedel: 5 700 000 kr → 6 000 000 kr", or the new or old value alone. */
export function change(label: string, from: unknown, to: unknown, field: string, t: Translate): string {
  if (from === undefined)
    return t('administration.audit.values.set', { label, to: formatAuditValue(field, to, t) });
  if (to === undefined)
    return t('administration.audit.values.removed', { label, from: formatAuditValue(field, from, t) });
  return t('administration.audit.values.change', {
    label,
    from: formatAuditValue(field, from, t),
    to: formatAuditValue(field, to, t),
  });
}
