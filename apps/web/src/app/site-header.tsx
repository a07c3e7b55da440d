import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../lib/me.ts';
import { LogoutButton } from './logout-button.tsx';
import { TenantSwitcher } from './tenant-switcher.tsx';

interface SiteHeaderProps {
  me: Me | null;
  tenantSlug: string | null;
}

/** Product name, the förbund the user is in, the switcher between their förbund, and the user. */
export function SiteHeader({ me, tenantSlug }: SiteHeaderProps) {
  const { t } = useTranslation();
  const current = me?.memberships.find((membership) => membership.slug === tenantSlug) ?? null;

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__identity">
          <Link to="/" className="site-header__brand">
            {t('app.name')}
          </Link>
          {current ? (
            <p className="site-header__tenant">
              <span className="visually-hidden">{t('header.currentTenant')}: </span>
              {current.name}
            </p>
          ) : null}
        </div>
        {me ? (
          <div className="site-header__tools">
            {me.memberships.length > 1 ? (
              <TenantSwitcher memberships={me.memberships} currentSlug={current?.slug ?? null} />
            ) : null}
            <div className="site-header__user">
              {/* Colour from the header (light on dark); inline because the link lives in no stylesheet of its own. */}
              <Link to="/profil" className="site-header__user-name" style={{ color: 'inherit' }}>
                {t('header.signedInAs', { name: me.user.name })}
              </Link>
              <LogoutButton />
            </div>
          </div>
        ) : null}
      </div>
    </header>
  );
}
