import { Subnav, type SubnavItem } from '../../components/subnav.tsx';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';

/**
 * The board's pages below the main menu entry "Styrelse": meetings (the entry's landing page, the
 * most used), the decisions register, the bodies and seats, and the "Styrelsens arbete" summary.
 */
export function BoardSubnav() {
  const slug = useTenantSlug();
  const base = `/f/${slug}`;
  const items: SubnavItem[] = [
    { to: `${base}/moten`, label: 'board.nav.meetings' },
    { to: `${base}/beslut`, label: 'board.nav.decisions' },
    { to: `${base}/organisation`, label: 'board.nav.organisation', end: true },
    { to: `${base}/organisation/styrelsens-arbete`, label: 'board.nav.boardWork' },
  ];
  return <Subnav className="no-print" label="board.nav.label" items={items} />;
}
