import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Me } from '../lib/me.ts';
import { LogoutButton } from './logout-button.tsx';
import { MainNav } from './main-nav.tsx';
import type { NavItem } from './nav-items.ts';
import { TenantSwitcher } from './tenant-switcher.tsx';

interface SiteHeaderProps {
  me: Me | null;
  tenantSlug: string | null;
  navItems: readonly NavItem[];
}

/**
 * Product name, the förbund the user is in, the switcher between their förbund, the user, and the
 * main navigation. On a narrow screen (or at 400 % zoom) everything but the name and the förbund
 * folds behind one menu button, so the header no longer fills the screen (WCAG 1.4.10); on a wide
 * one the button is hidden and everything shows, as before.
 */
export function SiteHeader({ me, tenantSlug, navItems }: SiteHeaderProps) {
  const { t } = useTranslation();
  const current = me?.memberships.find((membership) => membership.slug === tenantSlug) ?? null;
  const [isOpen, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const toolsId = useId();
  const navId = useId();
  const location = useLocation();
  const hasMenu = me !== null;

  // A chosen page closes the menu: the new page, not the menu, is what the user asked to see.
  useEffect(() => {
    if (location.key) setOpen(false);
  }, [location.key]);

  // Escape closes the open menu and gives focus back to its button (wherever focus is: in the menu
  // or already on the page behind it).
  useEffect(() => {
    if (!isOpen) return;
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isOpen]);

  const state = isOpen ? 'open' : 'closed';
  return (
    <>
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
          {hasMenu ? (
            <button
              ref={buttonRef}
              type="button"
              className="button button--on-dark site-header__menu-button"
              aria-expanded={isOpen}
              aria-controls={navItems.length > 0 ? `${toolsId} ${navId}` : toolsId}
              onClick={() => setOpen((open) => !open)}
            >
              {t('header.menu')}
            </button>
          ) : null}
          {me ? (
            <div id={toolsId} className="site-header__tools" data-menu={state}>
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
      {navItems.length > 0 ? <MainNav id={navId} items={navItems} menuState={state} /> : null}
    </>
  );
}
