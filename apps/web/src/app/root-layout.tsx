import { type MouseEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useMatch, useNavigation } from 'react-router';
import { useMe } from '../lib/use-me.ts';
import { currentTenantSlug, rememberedTenantSlug, rememberTenantSlug } from './current-tenant.ts';
import { navItemsFor } from './nav-items.ts';
import { SiteHeader } from './site-header.tsx';

/** Moves focus to main content without a hash change (which the router would see as a navigation). */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
}

/** The page frame around every route: skip link, header, navigation and the main landmark. */
export function RootLayout() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const me = useMe().data ?? null;
  const urlSlug = useMatch('/f/:slug/*')?.params.slug ?? null;
  const tenantSlug = me ? currentTenantSlug(me, urlSlug, rememberedTenantSlug()) : null;
  const navItems = me ? navItemsFor(me, tenantSlug) : [];
  useEffect(() => {
    if (urlSlug !== null && urlSlug === tenantSlug) rememberTenantSlug(urlSlug);
  }, [urlSlug, tenantSlug]);

  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link to #main; the handler only keeps the router from treating the hash as a navigation */}
      <a href="#main" className="skip-link" onClick={skipToMain}>
        {t('app.skipLink')}
      </a>
      <SiteHeader me={me} tenantSlug={tenantSlug} navItems={navItems} />
      <main id="main" className="site-main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <Outlet />
      </main>
    </>
  );
}
