import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { groupMembers, type MemberGroup, type TenantMember } from './member-groups.ts';

/** The förbund's members, grouped as Finsam groups them: the state, the region, the municipalities. */
export function MemberList({ members }: { members: readonly TenantMember[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const groups = groupMembers(members);
  return (
    <section className="members" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.membersTitle')}</h2>
      {groups.length === 0 ? (
        <p className="empty-state">{t('overview.noMembers')}</p>
      ) : (
        <>
          <p className="members__total">{t('overview.membersCount', { count: members.length })}</p>
          <div className="members__groups">
            {groups.map((group) => (
              <MemberGroupSection key={group.id} group={group} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function MemberGroupSection({ group }: { group: MemberGroup }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="member-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="member-group__title">
        {t('overview.groupCount', { group: t(`overview.groups.${group.id}`), count: group.members.length })}
      </h3>
      <ul className="member-group__list">
        {group.members.map((member) => (
          <li key={member.id}>
            {member.name}
            {member.leftOn ? (
              <span className="member-group__note">
                {' '}
                ({t('overview.left', { date: formatDate(member.leftOn) })})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
