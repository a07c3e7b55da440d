import { useParams } from 'react-router';
import { Subnav, type SubnavItem } from '../../components/subnav.tsx';
import { useTenantRole } from '../tenant/use-tenant-role.ts';

/**
 * The applications pages below the main menu entry "Ansökningar" (issue 22): the pipeline (the
 * landing page), the reports, and, for admins, the förbund's checklist and criteria.
 */
export function ApplicationsSubnav() {
  const slug = useParams().slug ?? '';
  const isAdmin = useTenantRole('admin');
  const base = `/f/${slug}/ansokningar`;
  const items: SubnavItem[] = [
    { to: base, label: 'applications.nav.pipeline', end: true },
    { to: `${base}/rapporter`, label: 'applications.nav.reports' },
    ...(isAdmin ? [{ to: `${base}/installningar`, label: 'applications.nav.settings' } as SubnavItem] : []),
  ];
  return <Subnav className="no-print" label="applications.nav.label" items={items} />;
}
