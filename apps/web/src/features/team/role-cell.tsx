import type { AppRouter } from '@samsyn/api';
import { type TenantRole, tenantRoles } from '@samsyn/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type TeamMember = inferRouterOutputs<AppRouter>['team']['list'][number];

const isRole = (value: string): value is TenantRole => (tenantRoles as readonly string[]).includes(value);

/** A member's role as a select, with a save button once it differs from the saved role. */
export function RoleCell({
  member,
  isSaving,
  lockedBecause,
  onSave,
}: {
  member: TeamMember;
  isSaving: boolean;
  /** The id of the sentence saying why the role cannot change now (the last active admin). */
  lockedBecause?: string | undefined;
  onSave: (role: TenantRole) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [role, setRole] = useState<TenantRole>(member.role);
  const [shownFor, setShownFor] = useState(member.version);
  // A new version (saved here or by someone else) shows the saved role again.
  if (shownFor !== member.version) {
    setShownFor(member.version);
    setRole(member.role);
  }
  return (
    <form
      className="button-row"
      onSubmit={(event) => {
        event.preventDefault();
        if (!isSaving && role !== member.role) onSave(role);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('administration.team.roleFor', { name: member.name })}
      </label>
      <select
        id={id}
        className="tenant-switcher__select"
        value={role}
        disabled={lockedBecause !== undefined}
        aria-describedby={lockedBecause}
        onChange={(event) => {
          if (isRole(event.target.value)) setRole(event.target.value);
        }}
      >
        {tenantRoles.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </select>
      {role !== member.role ? (
        <button type="submit" className="button button--secondary button--small" aria-disabled={isSaving}>
          {t('administration.team.saveRole')}
          <span className="visually-hidden"> {member.name}</span>
        </button>
      ) : null}
    </form>
  );
}
