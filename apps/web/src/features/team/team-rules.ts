import { formatFileTime } from '../../lib/format.ts';
import type { TeamMember } from './role-cell.tsx';

/**
 * Whether this member is the förbund's only active admin: the API refuses to deactivate or demote
 * them (a förbund must keep one), so the page says so up front instead of asking and then failing.
 */
export function isLastActiveAdmin(
  member: Pick<TeamMember, 'userId' | 'role' | 'isActive'>,
  team: readonly Pick<TeamMember, 'userId' | 'role' | 'isActive'>[],
): boolean {
  if (member.role !== 'admin' || !member.isActive) return false;
  return !team.some((other) => other.userId !== member.userId && other.role === 'admin' && other.isActive);
}

/** The team as spreadsheet rows: a header, then each user; times ISO-like, in Swedish time. */
export function teamExportRows(
  team: readonly Pick<TeamMember, 'name' | 'email' | 'role' | 'isActive' | 'lastActiveAt'>[],
  t: (key: string) => string,
): string[][] {
  return [
    [
      t('administration.team.name'),
      t('administration.team.email'),
      t('administration.team.role'),
      t('administration.team.status'),
      t('administration.team.lastActive'),
    ],
    ...team.map((member) => [
      member.name,
      member.email,
      t(`roles.${member.role}`),
      t(member.isActive ? 'administration.team.active' : 'administration.team.inactive'),
      member.lastActiveAt ? formatFileTime(member.lastActiveAt, 'toTheMinute') : '',
    ]),
  ];
}
