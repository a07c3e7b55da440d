import type { ApplicationStatus } from '@samsyn/domain';
import { formatMoney, type Ore } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { CreateInterventionPart } from './create-intervention-part.tsx';
import { OutsideDecisionPart } from './outside-decision-form.tsx';
import { ToBoardForm } from './to-board-form.tsx';

export interface DecisionSectionProps {
  applicationId: string;
  status: ApplicationStatus;
}

export type DecisionDetail = NonNullable<ReturnType<typeof useDecisionDetail>['data']>;

function useDecisionDetail(applicationId: string) {
  const trpc = useTRPC();
  const tenant = useTenant();
  return useQuery(
    trpc.applicationDecision.forApplication.queryOptions({ tenant: tenant.slug, applicationId }),
  );
}

const openStatuses: readonly ApplicationStatus[] = ['received', 'formalCheck', 'underReview', 'proposal'];

/**
 * On the application page: the way to the board (put on a meeting's agenda, and where it is on
 * agendas), the decision as the board recorded it (outcome, amount, meeting, §), an admin's record
 * of a decision taken before Samsyn, and "Skapa insats".
 */
export function DecisionSection({ applicationId, status }: DecisionSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useDecisionDetail(applicationId);
  const isEditor = useTenantRole('editor');
  const isAdmin = useTenantRole('admin');
  return (
    <section className="application-decision" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('applicationDecision.heading')}</h2>
      <QueryState query={query}>
        {(detail) => (
          <>
            <AgendaList detail={detail} />
            {isEditor && openStatuses.includes(status) ? <ToBoardForm detail={detail} /> : null}
            <DecisionFacts detail={detail} />
            {isAdmin && openStatuses.includes(status) && !detail.decision ? (
              <OutsideDecisionPart detail={detail} />
            ) : null}
            <CreateInterventionPart detail={detail} canCreate={isEditor} />
          </>
        )}
      </QueryState>
    </section>
  );
}

/** Where the application is on agendas, each with a link to its meeting. */
function AgendaList({ detail }: { detail: DecisionDetail }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  return (
    <>
      <h3>{t('applicationDecision.toBoard.onAgendas')}</h3>
      {detail.agendaItems.length === 0 ? (
        <p>{t('applicationDecision.toBoard.none')}</p>
      ) : (
        <ul>
          {detail.agendaItems.map((item) => (
            <li key={item.itemId}>
              <Link to={`/f/${tenant.slug}/moten/${item.meetingId}#item-${item.itemId}-heading`}>
                {t('applicationDecision.toBoard.itemAt', {
                  body: item.bodyName,
                  date: formatDate(item.meetingDate),
                })}
              </Link>
              {item.paragraph === null
                ? ''
                : `, ${t('applicationDecision.toBoard.paragraph', { paragraph: item.paragraph })}`}
              {`: ${item.itemTitle} (${t(`applicationDecision.toBoard.meetingStatus.${item.meetingStatus}`)})`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The decision: outcome, amount, date, the meeting and § with a link to the decision's page. */
function DecisionFacts({ detail }: { detail: DecisionDetail }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const decision = detail.decision;
  return (
    <>
      <h3>{t('applicationDecision.decision.heading')}</h3>
      {decision ? (
        <>
          <dl className="application-decision__facts">
            <dt>{t('applicationDecision.decision.outcome')}</dt>
            <dd>{t(`applicationDecision.outcomes.${decision.outcome}`)}</dd>
            {decision.grantedAmountOre === null ? null : (
              <>
                <dt>{t('applicationDecision.decision.amount')}</dt>
                <dd>{formatMoney(decision.grantedAmountOre as Ore)}</dd>
              </>
            )}
            <dt>{t('applicationDecision.decision.date')}</dt>
            <dd>{formatDate(decision.decidedDate)}</dd>
            <dt>{t('applicationDecision.decision.meeting')}</dt>
            <dd>
              {decision.meetingId && decision.bodyName ? (
                <Link to={`/f/${tenant.slug}/moten/${decision.meetingId}`}>
                  {t('applicationDecision.toBoard.itemAt', {
                    body: decision.bodyName,
                    date: formatDate(decision.decidedDate),
                  })}
                  {decision.paragraph === null
                    ? ''
                    : `, ${t('applicationDecision.toBoard.paragraph', { paragraph: decision.paragraph })}`}
                </Link>
              ) : (
                t('applicationDecision.decision.outside')
              )}
            </dd>
            {decision.note ? (
              <>
                <dt>{t('applicationDecision.decision.note')}</dt>
                <dd>{decision.note}</dd>
              </>
            ) : null}
          </dl>
          {decision.decisionId ? (
            <p>
              <Link to={`/f/${tenant.slug}/beslut/${decision.decisionId}`}>
                {t('applicationDecision.decision.open')}
              </Link>
            </p>
          ) : null}
          {decision.meetingStatus && decision.meetingStatus !== 'approved' ? (
            <p>{t('applicationDecision.decision.notApproved')}</p>
          ) : null}
        </>
      ) : (
        <p>{t('applicationDecision.decision.none')}</p>
      )}
    </>
  );
}
