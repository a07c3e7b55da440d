import { Subnav, type SubnavItem } from '../../components/subnav.tsx';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';

/**
 * The applications pages below the main menu entry "Ansökningar" (issue 22): the pipeline (the
 * landing page), the reports, and the förbund's checklist and criteria (admins edit them, everyone
 * reads them: they are what an application is checked against).
 */
export function ApplicationsSubnav() {
  const slug = useTenantSlug();
  const base = `/f/${slug}/ansokningar`;
  const items: SubnavItem[] = [
    { to: base, label: 'applications.nav.pipeline', end: true },
    { to: `${base}/rapporter`, label: 'applications.nav.reports' },
    { to: `${base}/installningar`, label: 'applications.nav.settings' },
  ];
  return <Subnav className="no-print" label="applications.nav.label" items={items} />;
}
