import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Membership } from '../lib/me.ts';

/** The user's förbund as a list of links, with their role in each. */
export function MembershipLinks({ memberships }: { memberships: readonly Membership[] }) {
  const { t } = useTranslation();
  return (
    <ul className="link-list">
      {memberships.map((membership) => (
        <li key={membership.tenantId}>
          <Link to={`/f/${membership.slug}`} className="link-list__link">
            {membership.name}
          </Link>
          <span className="link-list__meta">
            {t('chooseTenant.role', { role: t(`roles.${membership.role}`) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
