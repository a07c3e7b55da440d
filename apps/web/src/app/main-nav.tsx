import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { NavItem } from './nav-items.ts';

interface MainNavProps {
  id: string;
  items: readonly NavItem[];
  /** Folded away behind the header's menu button on a narrow screen when closed. */
  menuState: 'open' | 'closed';
}

/** The main navigation; the link to the current page carries aria-current="page". */
export function MainNav({ id, items, menuState }: MainNavProps) {
  const { t } = useTranslation();
  return (
    <nav id={id} className="main-nav" aria-label={t('nav.label')} data-menu={menuState}>
      <ul className="main-nav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end ?? false} className="main-nav__link">
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
