import {
  type Block,
  blocksToPlainText,
  type DocumentSection,
  defaultTemplate,
  type ReportKind,
  type ReportSource,
} from '@samsyn/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDemoCallers } from '../../testing/index.ts';
import { gavleborgSigners } from './gavleborg-signers.ts';

/*
 * The generated sections besides the economy (issue 23) on the demo database: Gävleborg's
 * halvårsredovisning 2019 (§1.2, §1.4, §2, §4, Bilaga 1) and its verksamhetsplan och budget
 * 2020–2022 (§1–6, §8), each equal to the seeds' content, and what a report for a year without
 * data says instead.
 */

const env = useDemoCallers();
const halfYearSources: ReportSource[] = [
  'organisation',
  'planFollowUp',
  'boardWork',
  'signatures',
  'interventionResults',
];
/** The plan template's generated sections but the budget, which the economy's tests cover. */
const planSources = defaultTemplate('plan').flatMap((section) =>
  section.source === null || section.source === 'budget' ? [] : [section.source],
);

interface TestReport {
  id: string;
  sections: Map<ReportSource, string>;
}
let halfYear: TestReport;
let plan: TestReport;
let future: TestReport;

/** A report of the kind and period with one section per source (the demo's own report of it reused). */
async function insertReport(kind: ReportKind, from: string, to: string, sources: ReportSource[]) {
  const { superuser, tenantId } = env;
  const [report] = await superuser<{ id: string }[]>`
    insert into period_reports (tenant_id, kind, title, period_start, period_end)
    values (${tenantId}, ${kind}, 'Testrapport', ${from}, ${to})
    on conflict (tenant_id, kind, period_start, period_end) do update set title = excluded.title
    returning id`;
  if (!report) throw new Error('no report');
  const sections = new Map<ReportSource, string>();
  for (const [index, source] of sources.entries()) {
    const [section] = await superuser<{ id: string }[]>`
      insert into period_report_sections (tenant_id, report_id, position, level, title, source)
      values (${tenantId}, ${report.id}, ${200 + index}, 1, ${source}, ${source}) returning id`;
    if (!section) throw new Error('no section');
    sections.set(source, section.id);
  }
  return { id: report.id, sections };
}

beforeAll(async () => {
  halfYear = await insertReport('halfYear', '2019-01-01', '2019-06-30', halfYearSources);
  await env.superuser`
    update period_reports set status = 'draft', adopted_on = null, adopted_at = null, adopted_decision_id = null,
      plan_id = null
    where id = ${halfYear.id}`;
  plan = await insertReport('plan', '2020-01-01', '2022-12-31', planSources);
  await env.superuser`update period_reports set plan_id = null where id = ${plan.id}`;
  future = await insertReport('annual', '2031-01-01', '2031-12-31', [
    ...halfYearSources,
    ...planSources.slice(1),
  ]);
});

const section = (report: TestReport, source: ReportSource): Promise<DocumentSection> =>
  env.viewer.reportContent.section({
    tenant: 'gavleborg',
    reportId: report.id,
    sectionId: report.sections.get(source) as string,
  });

const blocksOf = (result: DocumentSection): Block[] => {
  if (result.generated?.status !== 'ok')
    throw new Error(`not generated: ${JSON.stringify(result.generated)}`);
  return result.generated.blocks;
};
const lines = (result: DocumentSection) =>
  blocksToPlainText(blocksOf(result))
    .replace(/\u00a0/g, ' ')
    .split('\n');
const headings = (result: DocumentSection) =>
  blocksOf(result).flatMap((block) => (block.type === 'heading' ? [block.text] : []));

describe('Gävleborg’s halvårsredovisning 2019 from the demo data', () => {
  it('§1.2 names the members as the seed does and lists the goal areas of the plan 2019', async () => {
    const text = lines(await section(halfYear, 'organisation'));
    expect(text[1]).toBe(
      'Samordningsförbund Gävleborg är en fristående juridisk organisation med Arbetsförmedlingen, Försäkringskassan, Region Gävleborg och kommunerna Bollnäs, Gävle, Hofors, Hudiksvall, Ljusdal, Nordanstig, Ockelbo, Ovanåker, Sandviken samt Söderhamn som medlemmar.',
    );
    expect(text.slice(-5)).toEqual([
      'Målområden i verksamhetsplanen 2019:',
      'Driva utveckling av en långsiktigt strukturell samverkan och metodutveckling mellan parterna.',
      'Våra insatser ska leda till att individer får stöd och rehabilitering som ger dem möjlighet att försörja sig själva.',
      'Förbundet ska driva förebyggande insatser såväl strukturellt som individinriktat.',
      'Verksamhet i ekonomisk balans.',
    ]);
  });

  it('§1.4 follows each goal up with its summary and indicators, the equity share computed at 43 %', async () => {
    const result = await section(halfYear, 'planFollowUp');
    expect(headings(result)).toEqual([
      'Inriktningsmål 1',
      'Inriktningsmål 2',
      'Inriktningsmål 3',
      'Inriktningsmål 4',
    ]);
    const text = lines(result);
    expect(text).toContain('Mätning sker under hösten 2019.');
    expect(text.at(-1)).toBe(
      'Det egna kapitalet ska inte överstiga 20 % av förbundets budgeterade intäkter vid årets slut.\tHögst 20 %\t43 %; 5 776 803 kr av 13 319 500 kr\tEj uppfyllt\tEnligt prognosen för 2019. Flera insatser kommer igång först under andra halvåret, så kostnaderna förskjuts till 2020.',
    );
  });

  it('§2 has the composition, 4 meetings, 76 627 kr in fees, the committees, kansli and auditors', async () => {
    const result = await section(halfYear, 'boardWork');
    expect(headings(result)).toEqual([
      'Styrelsens sammansättning',
      'Styrelsens sammanträden',
      'Arbetsutskott',
      'Beredningsgrupp',
      'Medlemssamråd',
      'Kansli',
      'Revisorer',
    ]);
    const text = lines(result);
    for (const sentence of [
      'Styrelsen består av åtta ordinarie ledamöter och åtta ersättare.',
      'Tommy Berger (S) ordförande - Region Gävleborg',
      'Anders Öquist (S) - Ockelbo kommun',
      'Styrelsen har under perioden haft 4 möten.',
      'Utbetalda arvoden till styrelsen för perioden har uppgått till 76 627 kr.',
      'Arbetsutskottet har haft 3 möten under första halvåret 2019.',
      'Beredningsgruppen har träffats 3 gånger under perioden.',
      'Samordningsförbundet har genomfört ett medlemssamråd under perioden.',
      'Förbundets kansli består av förbundschef 100 %, verksamhetsutvecklare 100 % och administratör 40 %.',
      'För staten: Joakim Jonsson, KPMG',
    ])
      expect(text).toContain(sentence);
  });

  it('§4 has the board’s eight signers, without place and date before adoption', async () => {
    expect(blocksOf(await section(halfYear, 'signatures'))).toEqual([
      { type: 'signatures', placeAndDate: null, signers: gavleborgSigners },
    ]);
  });

  it('§4 is signed "Gävle den 23 augusti 2019" once adopted by the board’s decision of that day', async () => {
    const [decision] = await env.superuser<{ id: string }[]>`
      select d.id from board_decisions d
      join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
      join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
      where d.tenant_id = ${env.tenantId} and d.kind = 'report' and m.meeting_date = '2019-08-23'`;
    if (!decision) throw new Error('no decision of 2019-08-23');
    // The demo's own report of the period may hold the decision: this report takes it over.
    await env.superuser`update period_reports set adopted_decision_id = null where adopted_decision_id = ${decision.id}`;
    await env.superuser`
      update period_reports set status = 'adopted', adopted_on = '2019-08-23', adopted_at = now(),
        adopted_decision_id = ${decision.id}
      where id = ${halfYear.id}`;
    expect(blocksOf(await section(halfYear, 'signatures'))).toEqual([
      { type: 'signatures', placeAndDate: 'Gävle den 23 augusti 2019', signers: gavleborgSigners },
    ]);
  });

  it('Bilaga 1 gives each intervention its table, individual-level first, with the computed goal figures', async () => {
    const result = await section(halfYear, 'interventionResults');
    expect(headings(result)).toEqual([
      'Individinriktade insatser',
      'Supported Employment coach Gävle',
      'Trisam individ',
      'Strukturinriktade insatser',
      'Arbetsintegrerande socialt företagande (ASF)',
      'Mentorskap',
      'Mysam kommunspecifika samverkansmedel',
      'Mysam processledare',
      'Naturbaserad grön rehabilitering',
      'Trisam struktur',
    ]);
    const text = lines(result);
    expect(text).toContain(
      'Mål\t800 ärenden ska lyftas i teamen. – Målvärde 800 st, utfall 559 av 800 (70 %) – Inte uppnått ännu',
    );
    expect(text.find((line) => line.includes('ska gå vidare till arbete eller studier'))).toContain(
      'Målvärde minst 40 %, utfall 64 % (7 av 11) – Uppnått',
    );
    expect(text).toContain('Utfall ekonomi\t658 614 kr (41 % av budget)');
  });

  it('§1.4 says the report’s plan does not cover the period when another plan is chosen', async () => {
    const [plan2020] = await env.superuser<{ id: string }[]>`
      select id from plans where tenant_id = ${env.tenantId} and first_year = 2020 and last_year = 2022`;
    await env.superuser`update period_reports set plan_id = ${plan2020?.id ?? null} where id = ${halfYear.id}`;
    try {
      expect((await section(halfYear, 'planFollowUp')).generated).toEqual({
        status: 'unavailable',
        reason:
          'Verksamhetsplan och budget 2020–2022 gäller inte 2019-H1. Välj den plan som gäller perioden i rapportens uppgifter.',
      });
    } finally {
      await env.superuser`update period_reports set plan_id = null where id = ${halfYear.id}`;
    }
  });
});

describe('Gävleborg’s verksamhetsplan och budget 2020–2022 from the demo data', () => {
  it('§1 has the plan’s purpose, the members and the adoption on 29 November 2019', async () => {
    const text = lines(await section(plan, 'organisation'));
    expect(text[0]).toBe(
      'Förbundets uppgift är att inom Gävleborgs län svara för finansiell samordning mellan Arbetsförmedlingen, Försäkringskassan, Region Gävleborg samt länets tio kommuner i enlighet med lagen om finansiell samordning av rehabiliteringsinsatser (SFS 2003:1210).',
    );
    expect(text.at(-1)).toBe(
      'Verksamhetsplan och budget 2020–2022 är fastställd vid styrelsemötet den 29 november 2019.',
    );
  });

  it('§2–4 have the vision, the target group in one sentence and the three directions', async () => {
    expect(lines(await section(plan, 'planVision'))[0]).toBe(
      'Ett socialt hållbart och jämställt samhälle där individer med behov av samordnad rehabilitering når egen försörjning.',
    );
    expect(lines(await section(plan, 'planTargetGroups'))).toEqual([
      'Samordningsförbundets målgrupp är individer, mellan 16–64 år, som är i behov av samordnade insatser för inträde eller återgång till arbetsmarknaden eller annan varaktig försörjning samt personer med behov av samordnade förebyggande insatser.',
    ]);
    expect(lines(await section(plan, 'planActivity'))).toHaveLength(4);
  });

  it('§5 has the four goals with their indicators and targets', async () => {
    const result = await section(plan, 'planGoals');
    expect(headings(result)).toEqual([
      '5.1 Våra insatser leder till att individer uppnår arbetsförmåga eller förbättrar sin förmåga att utföra arbete.',
      '5.2 Stödja och utveckla samverkansstrukturer inom området samordnad rehabilitering i länet.',
      '5.3 Samordningsförbundet stödjer metodutveckling och spridning av goda exempel/lösningar mellan parter och över länet.',
      '5.4 Verksamhet i ekonomisk balans',
    ]);
    expect(lines(result).at(-1)).toBe(
      'Det egna kapitalet ska inte överstiga 20 % av förbundets budgeterade intäkter vid årets slut.\tHögst 20 %',
    );
  });

  it('§6 lists the board’s members and substitutes on 2020-01-01 and the arbetsutskott', async () => {
    const result = await section(plan, 'boardComposition');
    expect(headings(result).slice(0, 2)).toEqual(['Förbundsstyrelse', 'Arbetsutskott']);
    const text = lines(result);
    expect(text).toContain('Kenneth Axling (S) vice ordförande - Kommunerna');
    expect(text).toContain('Stefan Grandien (S) - Gävle kommun');
  });

  it('§8 lists the six interventions granted for 2020, 10 800 000 kr together', async () => {
    const text = lines(await section(plan, 'grantedInterventions'));
    expect(text[0]).toBe(
      'Förbundet har ingått avtal om finansiering av följande insatser som kommer att pågå under 2020:',
    );
    expect(text.slice(1, -1).map((line) => line.split(' (huvudman')[0])).toEqual([
      'ASF – arbetsintegrerande socialt företagande',
      'Ett hållbart arbetsliv, Ockelbo',
      'Förstudie pröva vägar vidare, Bollnäs',
      'Insatskatalogen',
      'Lokala samverkansgrupper (MYSAM)',
      'Tidig rehabilitering i samverkan (Trisam 2.0)',
    ]);
    expect(text.at(-1)).toBe('Sammanlagt 10 800 000 kr under 2020.');
  });
});

describe('the members a report names', () => {
  it('leaves out a member gone by the half-year’s last day, while the plan names those on its first', async () => {
    await env.superuser`
      update members set left_on = '2019-06-30' where tenant_id = ${env.tenantId} and name = 'Hofors kommun'`;
    try {
      expect(lines(await section(halfYear, 'organisation'))[1]).toContain(
        'kommunerna Bollnäs, Gävle, Hudiksvall,',
      );
      await env.superuser`
        update members set left_on = '2021-01-01' where tenant_id = ${env.tenantId} and name = 'Hofors kommun'`;
      expect(lines(await section(plan, 'organisation'))[2]).toContain(
        'kommunerna Bollnäs, Gävle, Hofors, Hudiksvall,',
      );
    } finally {
      await env.superuser`update members set left_on = null where tenant_id = ${env.tenantId} and name = 'Hofors kommun'`;
    }
  });
});

describe('a report for a year without data', () => {
  it('says what to register and where, source by source', async () => {
    const noPlan =
      'Ingen verksamhetsplan omfattar 2031. Registrera förbundets verksamhetsplan under Verksamhetsplan, eller välj planen i rapportens uppgifter.';
    for (const source of [
      'planFollowUp',
      'planVision',
      'planTargetGroups',
      'planActivity',
      'planGoals',
    ] as const)
      expect((await section(future, source)).generated).toEqual({ status: 'unavailable', reason: noPlan });
    expect((await section(future, 'grantedInterventions')).generated).toEqual({
      status: 'unavailable',
      reason:
        'Inga beviljade ansökningar har avtal om finansiering under 2031. Registrera besluten och avtalen under Ansökningar.',
    });
    expect((await section(future, 'signatures')).generated).toEqual({
      status: 'unavailable',
      reason:
        'Styrelsen har inga ordinarie ledamöter registrerade den 2031-12-31. Registrera ledamöterna under Styrelse → Organisation.',
    });
    expect((await section(future, 'boardWork')).generated?.status).toBe('unavailable');
    expect(blocksOf(await section(future, 'organisation')).at(-1)).toMatchObject({
      type: 'notice',
      tone: 'unavailable',
    });
  });
});
