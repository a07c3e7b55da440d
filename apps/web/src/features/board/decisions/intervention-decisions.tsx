import { decisionKindNames } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { decisionRefText } from './decision-text.ts';

/** The intervention page's list of the register's decisions about it, oldest first, each linking to its page. */
export function InterventionDecisions({ interventionId }: { interventionId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const query = useQuery(
    trpc.decisions.forIntervention.queryOptions({ tenant: tenant.slug, interventionId }),
  );
  return (
    <section className="insatser-section" aria-labelledby="insats-decisions">
      <h2 id="insats-decisions">{t('boardDecisions.intervention.heading')}</h2>
      <QueryState
        query={query}
        isEmpty={(rows) => rows.length === 0}
        empty={<p>{t('boardDecisions.intervention.none')}</p>}
      >
        {(rows) => (
          <ul>
            {rows.map((row) => (
              <li key={row.id}>
                <Link to={`/f/${tenant.slug}/beslut/${row.id}`}>{row.title}</Link> — {decisionRefText(t, row)}{' '}
                ({decisionKindNames[row.kind]})
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
