import { recordAudit } from '../audit.ts';
import type { TransactionSql } from '../client.ts';
import { enterScope } from '../scope.ts';

/*
 * The demo's follow-ups and risks (issue 20), loaded after the plans (demo-plans.ts):
 * - Gävleborg's "Verksamhetsplan 2019" followed up for 2019-H1 as the half-year report 2019 §1.4
 *   ("Måluppfyllelse och resultat första halvåret 2019") writes it, a summary per Inriktningsmål.
 *   Goal 4's equity indicator is computed (43 % of budgeted revenue by the forecast): not stored.
 * - Insjöriket's risks from its "Verksamhetsplan 2020", "Risk/Strategianalys och kontrollåtgärd".
 *   The plan names the events; likelihood, consequence, control measures and owners are demo
 *   estimates written as the board would, reviewed on the day the plan was adopted.
 */

/** §1.4's text per goal code of Gävleborg's plan 2019. */
const gavleborgGoalSummaries2019H1: Record<string, string> = {
  '1': [
    'Mätning sker under hösten 2019.',
    'Under våren har vi dock sett en oroande trend med stora svårigheter för chefer inom både Försäkringskassan och Arbetsförmedlingen att delta i samverkan. Det finns en tydlig ambition och vilja att prioritera att delta i Finsam-samverkan men i realiteten har det varit svårt.',
  ].join('\n'),
  '2': [
    'Deltagares upplevelse av vad insatsen har inneburit kommer att mätas under hösten 2019.',
    'Tydligt är dock att de insatser som är inriktade mot individer i behov av rehabiliterande insatser uppnår de uppsatta målen.',
  ].join('\n'),
  '3': 'Mätning sker under hösten 2019.',
  '4': [
    'Kostnader för verksamheten för det första halvåret 2019 har varit lägre än samma period föregående år. I slutet av året beräknas det egna kapitalet uppgå till 43 % av förbundets intäkter, med andra ord kommer inte det ekonomiska resultatmålet för 2019 att uppnås.',
    'Anledningen är att flera insatser inte kommer igång förrän under andra halvåret, vilket innebär att kostnader förskjuts och ackumuleras under 2020. Under 2020 beräknas verksamheten åter vara i ekonomisk balans.',
  ].join('\n'),
};

/** The equity indicator's comment: why 43 % (the forecast), beside the computed figure. */
const gavleborgEquityComment2019H1 =
  'Enligt prognosen för 2019. Flera insatser kommer igång först under andra halvåret, så kostnaderna förskjuts till 2020.';

const insjoriketRisks = [
  {
    event:
      'Arbetsförmedlingens omorganisation: brist på personal, nytt uppdrag, nya riktlinjer för att låna ut personal, ökad arbetslöshet och mindre ekonomiska ramar kan försämra myndighetens förutsättningar att delta i samverkan och i insatserna.',
    likelihood: 4,
    consequence: 3,
    controlMeasures:
      'Förbundschefen följer omorganisationen i dialog med Arbetsförmedlingens lokala ledning och rapporterar till varje styrelsemöte. Beredningsgruppen ser över insatsernas bemanning och vilka insatser som kan fortsätta med kommunernas och regionens personal.',
    owner: 'Förbundschef',
  },
  {
    event:
      'Lägre statlig tilldelning: när allt fler förbund bildas i landet ska fler dela på de statliga medlen.',
    likelihood: 3,
    consequence: 3,
    controlMeasures:
      'Budgeten för kommande år läggs med försiktighet och det egna kapitalet hålls inom det beslutade målet. Nya insatser beviljas för högst ett år i taget tills tilldelningen är känd.',
    owner: 'Styrelsen',
  },
  {
    event:
      'Kommunernas försämrade ekonomiska förutsättningar: kommunerna varslar om sämre ekonomi framöver, vilket kan minska deras medverkan och medfinansiering.',
    likelihood: 3,
    consequence: 2,
    controlMeasures:
      'Tidig dialog med medlemskommunerna om medlemsbidragen inför budgetåret. Insatsernas resultat redovisas till parterna så att nyttan av samverkan är känd när prioriteringar görs.',
    owner: 'Förbundschef och styrelsens presidium',
  },
] as const;

async function planIdNamed(tx: TransactionSql, tenantId: string, name: string): Promise<string> {
  const [plan] = await tx<{ id: string }[]>`
    select id from plans where tenant_id = ${tenantId} and name = ${name}`;
  if (!plan) throw new Error(`demo follow-up: no plan ${name}`);
  return plan.id;
}

/**
 * Loads the follow-ups and risks above. Runs inside `seedDemo`'s transaction after
 * `seedDemoPlans`, each förbund with its tenant set. Throws when a plan or goal is missing: a bug
 * in the seed data.
 */
export async function seedDemoPlanFollowUp(
  tx: TransactionSql,
  tenantIds: ReadonlyMap<string, string>,
): Promise<void> {
  const gavleborg = tenantIds.get('gavleborg');
  const insjoriket = tenantIds.get('insjoriket');
  if (!gavleborg || !insjoriket) throw new Error('demo follow-up: unknown förbund');

  await enterScope(tx, { tenantId: gavleborg });
  const planId = await planIdNamed(tx, gavleborg, 'Verksamhetsplan 2019');
  const goals = await tx<{ id: string; code: string }[]>`
    select id, code from plan_goals where tenant_id = ${gavleborg} and plan_id = ${planId}`;
  for (const [code, comment] of Object.entries(gavleborgGoalSummaries2019H1)) {
    const goal = goals.find((row) => row.code === code);
    if (!goal) throw new Error(`demo follow-up: Gävleborg 2019 has no goal ${code}`);
    await tx`
      insert into plan_goal_follow_ups (tenant_id, goal_id, period, comment)
      values (${gavleborg}, ${goal.id}, '2019-H1', ${comment})`;
  }
  const [equity] = await tx<{ id: string }[]>`
    select i.id from plan_indicators i join plan_goals g on g.tenant_id = i.tenant_id and g.id = i.goal_id
    where i.tenant_id = ${gavleborg} and g.plan_id = ${planId} and i.computed_measure = 'equityShareOfBudgetedRevenue'`;
  if (!equity) throw new Error('demo follow-up: Gävleborg 2019 has no equity indicator');
  await tx`
    insert into plan_indicator_follow_ups (tenant_id, indicator_id, period, comment)
    values (${gavleborg}, ${equity.id}, '2019-H1', ${gavleborgEquityComment2019H1})`;
  await recordAudit(tx, {
    action: 'demo.seed',
    entity: 'planFollowUp',
    entityId: planId,
    after: { period: '2019-H1', goals: Object.keys(gavleborgGoalSummaries2019H1).length },
  });

  await enterScope(tx, { tenantId: insjoriket });
  const insjoriketPlanId = await planIdNamed(tx, insjoriket, 'Verksamhetsplan 2020');
  for (const [position, risk] of insjoriketRisks.entries()) {
    await tx`
      insert into plan_risks (tenant_id, plan_id, position, event, likelihood, consequence, control_measures, owner,
        reviewed_on)
      values (${insjoriket}, ${insjoriketPlanId}, ${position}, ${risk.event}, ${risk.likelihood}, ${risk.consequence},
        ${risk.controlMeasures}, ${risk.owner},
        (select adopted_on from plans where tenant_id = ${insjoriket} and id = ${insjoriketPlanId}))`;
  }
  await recordAudit(tx, {
    action: 'demo.seed',
    entity: 'planRisk',
    entityId: insjoriketPlanId,
    after: { risks: insjoriketRisks.length },
  });
}
