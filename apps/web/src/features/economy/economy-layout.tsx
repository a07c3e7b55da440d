import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Subnav, type SubnavItem } from '../../components/subnav.tsx';
import type { MessageKey } from '../../lib/message-key.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { type MoneyUnit, MoneyUnitContext, readStoredUnit, storeUnit } from './money-unit.ts';
import './economy.css';

const pages: { path: string; label: MessageKey; end?: boolean }[] = [
  { path: '', label: 'economy.nav.budget', end: true },
  { path: 'medlemsbidrag', label: 'economy.nav.contributions' },
  { path: 'utfall', label: 'economy.nav.actuals' },
  { path: 'balanser', label: 'economy.nav.balances' },
  { path: 'bokslut', label: 'economy.nav.closing' },
  { path: 'rapporter', label: 'economy.nav.reports' },
];

/**
 * `/f/:slug/ekonomi/*`: the economy's pages under one menu entry, with the kr/tkr choice that
 * every amount on them follows (remembered in this browser).
 */
export function EconomyLayout() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const [unit, setUnit] = useState<MoneyUnit>(readStoredUnit);
  const base = `/f/${tenant.slug}/ekonomi`;
  const choose = (next: MoneyUnit) => {
    setUnit(next);
    storeUnit(next);
  };
  return (
    <MoneyUnitContext.Provider value={unit}>
      <div className="economy">
        <div className="economy-toolbar no-print">
          <Subnav
            label="economy.subnavLabel"
            items={pages.map(
              (page): SubnavItem => ({
                to: page.path ? `${base}/${page.path}` : base,
                label: page.label,
                end: page.end ?? false,
              }),
            )}
          />
          <fieldset className="economy-unit">
            <legend className="economy-unit__legend">{t('economy.unit.legend')}</legend>
            {(['kr', 'tkr'] as const).map((option) => (
              <label key={option} className="economy-unit__option">
                <input
                  type="radio"
                  name="economy-unit"
                  value={option}
                  checked={unit === option}
                  onChange={() => choose(option)}
                />{' '}
                {t(`economy.unit.${option}`)}
              </label>
            ))}
          </fieldset>
        </div>
        <Outlet context={tenant} />
      </div>
    </MoneyUnitContext.Provider>
  );
}
