import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { MessageKey } from '../../lib/message-key.ts';
import './admin.css';

export interface SubnavItem {
  to: string;
  label: MessageKey;
  end?: boolean;
}

/** The pages of an administration area (a förbund's or the platform's), below the main menu. */
export function AdminSubnav({ label, items }: { label: MessageKey; items: readonly SubnavItem[] }) {
  const { t } = useTranslation();
  return (
    <nav className="admin-subnav" aria-label={t(label)}>
      <ul className="admin-subnav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end ?? false} className="admin-subnav__link">
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
