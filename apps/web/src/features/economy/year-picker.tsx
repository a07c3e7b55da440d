import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type Choice, ChoiceOptions, FilterSelect } from '../../components/filter-field.tsx';
import { useTRPC } from '../../lib/trpc.ts';

/**
 * The year an economy page shows: `?ar=2019` in the URL, else the latest year with actuals, else
 * the latest with a budget, else this year. `isReady` is false until the förbund's years are known.
 */
export function useEconomyYear(slug: string) {
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const years = useQuery(trpc.economy.years.list.queryOptions({ tenant: slug }));
  const fromUrl = Number(params.get('ar'));
  const list = years.data?.years ?? [];
  const fallback =
    list.find((year) => year.actuals > 0)?.year ??
    list.find((year) => year.hasBudget)?.year ??
    new Date().getFullYear();
  const year = Number.isInteger(fromUrl) && fromUrl >= 2000 && fromUrl <= 2100 ? fromUrl : fallback;
  return { year, years: list, isReady: !years.isPending, query: years };
}

/** Choose a year (and the page's other parameters) and press Visa; nothing moves on change alone. */
export function YearPicker({
  year,
  years,
  children,
  extraParams,
}: {
  year: number;
  years: readonly { year: number }[];
  children?: ReactNode;
  /** Other URL parameters the form sets, read from its named fields. */
  extraParams?: readonly string[];
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [chosen, setChosen] = useState(String(year));
  const options = [...new Set([...years.map((row) => row.year), year, year + 1])].sort((a, b) => b - a);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    next.set('ar', chosen);
    const form = new FormData(event.currentTarget);
    for (const name of extraParams ?? []) {
      const value = form.get(name);
      if (typeof value === 'string') next.set(name, value);
    }
    setParams(next);
  }
  return (
    <form className="economy-filter no-print" onSubmit={onSubmit}>
      <FilterSelect
        label={t('economy.year')}
        isInline
        value={chosen}
        onChange={setChosen}
        choices={options.map((option) => ({ value: String(option), label: String(option) }))}
      />
      {children}
      <button type="submit" className="button button--secondary">
        {t('economy.yearSubmit')}
      </button>
    </form>
  );
}

/** Month numbers as the URL and the message catalogue (`economy.reports.months.*`) name them. */
export const months = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;
export type MonthKey = (typeof months)[number];

/**
 * The month a page's figures run through: `?manad=6` in the URL, else the year's last month with
 * actuals, else December.
 */
export function useThroughMonth(
  year: number,
  years: readonly { year: number; lastActualMonth: number | null }[],
) {
  const [params] = useSearchParams();
  const fromUrl = Number(params.get('manad'));
  if (fromUrl >= 1 && fromUrl <= 12) return fromUrl;
  return years.find((row) => row.year === year)?.lastActualMonth ?? 12;
}

/**
 * Another parameter of a YearPicker's form (the report, the period, the month): a select named
 * after its URL parameter, read when Visa is pressed, like the year itself.
 */
export function PickerSelect({
  label,
  name,
  defaultValue,
  choices,
}: {
  label: string;
  name: string;
  defaultValue: string;
  choices: readonly Choice[];
}) {
  const id = useId();
  return (
    <div className="field field--inline">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} className="field__input" defaultValue={defaultValue}>
        <ChoiceOptions choices={choices} />
      </select>
    </div>
  );
}

/** "Till och med månad", for inside a YearPicker whose `extraParams` include `manad`. */
export function ThroughMonthField({ throughMonth }: { throughMonth: number }) {
  const { t } = useTranslation();
  return (
    <PickerSelect
      label={t('economy.reports.throughMonth')}
      name="manad"
      defaultValue={String(throughMonth)}
      choices={months.map((month) => ({ value: month, label: t(`economy.reports.months.${month}`) }))}
    />
  );
}
