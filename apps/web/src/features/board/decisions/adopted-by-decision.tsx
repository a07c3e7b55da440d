import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { adoptedAtText } from './decision-text.ts';

/**
 * The plan page's line naming the decision that adopted the plan, linking to it: "Fastställd vid
 * Förbundsstyrelsens möte den 29 november 2019, § 20". Nothing while it loads or if it cannot be
 * read (the plan's status badge still gives the date).
 */
export function AdoptedByDecision({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const decision = useQuery(trpc.decisions.get.queryOptions({ tenant: tenant.slug, decisionId }));
  if (!decision.data) return null;
  return (
    <p className="adopted-by-decision">
      <Link to={`/f/${tenant.slug}/beslut/${decisionId}`}>{adoptedAtText(t, decision.data)}</Link>
    </p>
  );
}
