import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { MessageKey } from '../lib/message-key.ts';
import './subnav.css';

export interface SubnavItem {
  to: string;
  label: MessageKey;
  /** Current only on this exact address (the area's first page), not on the pages below it. */
  end?: boolean;
}

/**
 * The pages of one area (economy, interventions, a förbund's or the platform's administration),
 * below the main menu; the current page is marked with `aria-current`.
 */
export function Subnav({
  label,
  items,
  className,
}: {
  label: MessageKey;
  items: readonly SubnavItem[];
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <nav className={className ? `subnav ${className}` : 'subnav'} aria-label={t(label)}>
      <ul className="subnav__list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end ?? false} className="subnav__link">
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
