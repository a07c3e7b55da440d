import { type AgreementStatus, type Ore, oreFromDb, sumOre } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/** One granted application with a commitment in the year, as "Beviljade insatser <år>" lists it. */
export interface GrantedIntervention {
  applicationId: string;
  title: string;
  leadName: string | null;
  partyNames: string[];
  /** What the agreement binds the förbund to pay in the year. */
  yearAmountOre: Ore;
  /** The whole grant. */
  grantedAmountOre: Ore;
  decidedDate: string | null;
  interventionId: string | null;
  interventionName: string | null;
  agreementId: string;
  agreementStatus: AgreementStatus;
}

export interface GrantedInterventions {
  year: number;
  rows: GrantedIntervention[];
  totalOre: Ore;
}

/**
 * "Beviljade insatser <år>" (G20 §8: "Förbundet har ingått avtal om finansiering av följande
 * insatser…"): each granted application whose agreement has a year in `year`, with its lead,
 * parties, the year's amount, the intervention it became and the agreement's status, by title.
 * The link point for issue 23 (the plan's §8). Any member of the förbund; scoped to it.
 */
export async function readGrantedInterventions(
  { tx, tenant }: TenantCtx,
  { year }: { year: number },
): Promise<GrantedInterventions> {
  const found = await tx<
    (Omit<GrantedIntervention, 'yearAmountOre' | 'grantedAmountOre'> & {
      yearAmount: string;
      granted: string;
    })[]
  >`
    select a.id as "applicationId", a.title, lead.name as "leadName",
           coalesce((select array_agg(m.name order by p.position, m.name)
                       from application_parties p join members m on m.tenant_id = p.tenant_id and m.id = p.member_id
                      where p.tenant_id = a.tenant_id and p.application_id = a.id), '{}') as "partyNames",
           y.amount_ore as "yearAmount", a.granted_amount_ore as granted,
           to_char(a.decided_date, 'YYYY-MM-DD') as "decidedDate",
           a.intervention_id as "interventionId", i.name as "interventionName",
           ag.id as "agreementId", ag.status as "agreementStatus"
    from applications a
    join application_agreements ag on ag.tenant_id = a.tenant_id and ag.application_id = a.id
    join application_agreement_years y on y.tenant_id = ag.tenant_id and y.agreement_id = ag.id and y.year = ${year}
    left join members lead on lead.tenant_id = a.tenant_id and lead.id = a.lead_member_id
    left join interventions i on i.tenant_id = a.tenant_id and i.id = a.intervention_id
    where a.tenant_id = ${tenant.id} and a.status = 'granted' and y.amount_ore > 0
    order by a.title, a.id`;
  const rows = found.map(({ yearAmount, granted, ...row }) => ({
    ...row,
    yearAmountOre: oreFromDb(yearAmount),
    grantedAmountOre: oreFromDb(granted),
  }));
  return { year, rows, totalOre: sumOre(rows.map((row) => row.yearAmountOre)) };
}
