import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import type { Membership } from '../lib/me.ts';

interface TenantSwitcherProps {
  memberships: readonly Membership[];
  currentSlug: string | null;
}

/**
 * Switches between the user's förbund. A select plus a button rather than a select that navigates
 * on change: choosing an option must not move the user away on its own (WCAG 3.2.2), and arrow
 * keys in a closed select would otherwise jump between förbund.
 */
export function TenantSwitcher({ memberships, currentSlug }: TenantSwitcherProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const selectId = useId();
  // Keep the page the user is on (e.g. /ekonomi) when moving to the other förbund.
  const subPath = useMatch('/f/:slug/*')?.params['*'] ?? '';
  const [selected, setSelected] = useState(currentSlug ?? '');
  const [shownFor, setShownFor] = useState(currentSlug);
  if (shownFor !== currentSlug) {
    setShownFor(currentSlug);
    setSelected(currentSlug ?? '');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!selected || selected === currentSlug) return;
    void navigate(subPath ? `/f/${selected}/${subPath}` : `/f/${selected}`);
  }

  return (
    <form className="tenant-switcher" onSubmit={onSubmit}>
      <label htmlFor={selectId} className="tenant-switcher__label">
        {t('header.switcherLabel')}
      </label>
      <div className="tenant-switcher__row">
        <select
          id={selectId}
          className="tenant-switcher__select"
          value={selected}
          onChange={(event) => setSelected(event.target.value)}
        >
          {currentSlug ? null : <option value="">{t('header.switcherPlaceholder')}</option>}
          {memberships.map((membership) => (
            <option key={membership.tenantId} value={membership.slug}>
              {membership.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--on-dark">
          {t('header.switcherSubmit')}
        </button>
      </div>
    </form>
  );
}
