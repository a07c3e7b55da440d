import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useMatch, useNavigation } from 'react-router';
import { useMe } from '../lib/use-me.ts';
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
  const tenantSlug = useMatch('/f/:slug/*')?.params.slug ?? null;
  // A förbund's menu only inside one's own förbund: on the no-access page it would lead nowhere.
  const isMember = me?.memberships.some((membership) => membership.slug === tenantSlug) ?? false;
  const navItems = me ? navItemsFor(me, isMember ? tenantSlug : null) : [];

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
