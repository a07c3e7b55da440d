import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { catalogueKey } from '../audit/catalogue-key.ts';
import { useTenant } from './use-tenant.ts';

const LATEST = 5;

/**
 * The audit log's latest entries. Only for the förbund's admins: the log is theirs alone
 * (`audit.list` is an admin procedure), so the page does not ask for it on anyone else's behalf.
 */
export function ChangesSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const headingId = useId();
  const log = useQuery(trpc.audit.list.queryOptions({ tenant: tenant.slug, limit: LATEST }));
  // Actions come as data; the catalogue may not know a new one yet, so fall back to its code.
  const actionLabel = (action: string) => {
    const key = catalogueKey('administration.audit.actions', action);
    return key ? (t as unknown as (key: string) => string)(key) : action;
  };

  return (
    <section className="overview-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.changesTitle')}</h2>
      <QueryState
        query={log}
        isEmpty={(data) => data.rows.length === 0}
        empty={<p>{t('overview.changesEmpty')}</p>}
      >
        {(data) => (
          <ul className="overview-list">
            {data.rows.map((row) => (
              <li key={row.id}>
                {t('overview.changesItem', {
                  time: formatDateTime(row.occurredAt),
                  action: actionLabel(row.action),
                  actor: row.actorName ?? t('overview.changesSystem'),
                })}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <p>
        <Link to={`/f/${tenant.slug}/administration/logg`}>{t('overview.toLog')}</Link>
      </p>
    </section>
  );
}
