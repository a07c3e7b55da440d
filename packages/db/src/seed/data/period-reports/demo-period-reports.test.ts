import {
  blocksToPlainText,
  defaultTemplate,
  kronor,
  type Ore,
  reportKinds,
  sumOre,
  writtenBlocksSchema,
} from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { gavleborgIncomeStatementH1_2019, gavleborgNotes } from '../economy/gavleborg.ts';
import { demoPlans } from '../plans/demo-plans.ts';
import type { DemoPeriodReport } from './demo-period-report-types.ts';
import { demoPeriodReports, demoReportSections } from './demo-period-reports.ts';

const reportByKey = (key: string): DemoPeriodReport => {
  const report = demoPeriodReports.find((candidate) => candidate.key === key);
  if (!report) throw new Error(`no demo period report ${key}`);
  return report;
};
const halfYear = reportByKey('gavleborg-halfyear-2019');
const plan = reportByKey('gavleborg-plan-2020-2022');
const textOf = (report: DemoPeriodReport, title: string) => blocksToPlainText(report.texts[title] ?? []);
const rowSum = (report: DemoPeriodReport, number: number, column: 'current' | 'previous'): Ore =>
  sumOre(report.notes.find((note) => note.number === number)?.lines.map((line) => line[column]) ?? []);

describe('the demo period reports', () => {
  it('write only what a person may write, each text passing the API’s own schema unchanged', () => {
    for (const report of demoPeriodReports) {
      for (const section of demoReportSections(report)) {
        const parsed = writtenBlocksSchema.safeParse(section.body);
        expect(parsed.success, `${report.key}: ${section.title}`).toBe(true);
        expect(parsed.data, `${report.key}: ${section.title}`).toEqual(section.body);
      }
    }
  });

  it('follow their kind’s template section by section, with a known kind, a plan of the förbund and one report per kind and period', () => {
    for (const report of demoPeriodReports) {
      expect(reportKinds).toContain(report.kind);
      const sections = demoReportSections(report);
      expect(sections.map(({ title, level, source }) => ({ title, level, source }))).toEqual(
        defaultTemplate(report.kind).map(({ title, level, source }) => ({ title, level, source })),
      );
      if (report.plan !== null)
        expect(
          demoPlans.some(
            (candidate) => candidate.tenantSlug === report.tenantSlug && candidate.name === report.plan,
          ),
          report.key,
        ).toBe(true);
    }
    const keys = demoPeriodReports.map((r) => `${r.tenantSlug} ${r.kind} ${r.periodStart} ${r.periodEnd}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuse a text for a section the template does not have', () => {
    expect(() => demoReportSections({ ...halfYear, texts: { 'Inget sådant avsnitt': [] } })).toThrow(
      /no section Inget sådant avsnitt/,
    );
  });

  it('give the half-year report 2019 the seed’s written texts of §1, §1.1, §1.3, §1.4 and §3.4, and §4’s attestation from the template', () => {
    expect(halfYear).toMatchObject({
      title: 'Halvårsredovisning 2019',
      periodStart: '2019-01-01',
      periodEnd: '2019-06-30',
      deadline: '2019-08-16',
      plan: 'Verksamhetsplan 2019',
      ready: { by: 'admin' },
    });
    expect(textOf(halfYear, 'Förvaltningsberättelse')).toMatch(
      /^Halvårsredovisningen innehåller en översiktlig/,
    );
    const summary = textOf(halfYear, 'Sammanfattning av perioden');
    for (const words of [
      'Verksamhetsutveckling i stort',
      'Resultat på individnivå',
      'Resultat på strukturnivå',
      'nått ut till 383 individer',
      'aktivitetsstöd via Arbetsförmedlingen.',
      'Ett fantasiskt resultat som vida överträffar det målsatta.',
    ])
      expect(summary).toContain(words);
    expect(summary).not.toContain('Arbetsfömedlingen');
    const activity = textOf(halfYear, 'Beskrivning av verksamheten');
    expect(activity.split('\n').slice(0, 3)).toEqual([
      'Målgrupper',
      'Individinriktade insatser',
      'Samordningsförbundets individinriktade insatser riktar sig till individer med behov av samordnad rehabilitering mellan åldrarna 16–64 år.',
    ]);
    expect(activity).toContain(
      'Under första halvåret 2019 har 349 personer deltagit i de strukturella insatserna',
    );
    expect(textOf(halfYear, 'Måluppfyllelse och resultat')).toMatch(/^En stor del av de resultatmålen/);
    const principles = textOf(halfYear, 'Redovisnings- och värderingsprinciper');
    expect(principles.split('\n')[0]).toBe('Allmänna upplysningar');
    expect(principles).toContain('lag (2018:597) om kommunal bokföring och redovisning');
    expect(principles.split('\n').at(-1)).toBe(
      'I förbundet tillämpas ett premiebaserat pensionssystem som innebär att pensionskostnaderna kostnadsförs direkt.',
    );
    const decision = demoReportSections(halfYear).find((section) => section.title === 'Styrelsens beslut');
    expect(blocksToPlainText(decision?.body ?? [])).toBe(
      'Vi intygar att halvårsredovisningen ger en rättvisande bild av verksamhetens resultat samt kostnader, intäkter och förbundets ekonomiska ställning.',
    );
  });

  it('assign two of the half-year report’s sections to the editor and comment on §1.3', () => {
    const assigned = Object.entries(halfYear.work).filter(([, work]) => work.assignee === 'editor');
    expect(assigned.map(([title]) => title)).toEqual([
      'Beskrivning av verksamheten',
      'Måluppfyllelse och resultat',
    ]);
    expect(halfYear.work['Beskrivning av verksamheten']?.comments?.length).toBe(2);
  });

  it('give the notes Not 1–4 the seed’s rows, whose sums are the printed sums except the 2018 column of Not 1 and Not 2', () => {
    expect(
      halfYear.notes.map(({ number, title, statementLine, lines }) => [
        number,
        title,
        statementLine,
        lines.length,
      ]),
    ).toEqual([
      [1, 'Verksamhetens intäkter', 'revenue', 13],
      [2, 'Verksamhetens kostnader', 'costs', 6],
      [3, 'Fordringar', 'balance:receivables', 4],
      [4, 'Upplupna kostnader', 'balance:accrued-costs', 6],
    ]);
    expect(halfYear.notes[0]?.lines[0]).toEqual({
      label: 'Driftbidrag från staten',
      current: kronor(3_330_000),
      previous: kronor(1_665_000),
    });
    // Printed "Summa 6 659 750": the rows add up to it, and the income statement's revenue is 2 kr less.
    expect(rowSum(halfYear, 1, 'current')).toBe(kronor(6_659_750));
    expect(rowSum(halfYear, 1, 'current')).toBe(gavleborgNotes.revenue.stated2019);
    expect(rowSum(halfYear, 1, 'current') - gavleborgIncomeStatementH1_2019.revenue).toBe(kronor(2));
    // The 2018 column's rows add up to 3 377 203, the printed sum is 3 377 234: a seed inconsistency kept.
    expect(rowSum(halfYear, 1, 'previous')).toBe(kronor(3_377_203));
    expect(gavleborgNotes.revenue.stated2018).toBe(kronor(3_377_234));
    expect([2, 3, 4].map((number) => rowSum(halfYear, number, 'current'))).toEqual([
      kronor(3_315_060),
      kronor(58_131),
      kronor(3_682_450),
    ]);
    // 2018: Not 2's rows add up to 4 158 194, printed 4 203 042 (the income statement's figure).
    expect(rowSum(halfYear, 2, 'previous')).toBe(kronor(4_158_194));
    expect(gavleborgNotes.costs.stated2018).toBe(kronor(4_203_042));
    expect([3, 4].map((number) => rowSum(halfYear, number, 'previous'))).toEqual([
      kronor(322_121),
      kronor(949_107),
    ]);
  });

  it('give the verksamhetsplan 2020–2022 its organisation and budget texts, spelled with å, ä and ö', () => {
    expect(plan).toMatchObject({
      kind: 'plan',
      periodStart: '2020-01-01',
      periodEnd: '2022-12-31',
      deadline: '2019-11-15',
      plan: 'Verksamhetsplan och budget 2020–2022',
      ready: null,
    });
    // §1 (purpose, members, adoption sentence) and §4's three directions are the plan's own: generated, not written again.
    expect(plan.texts.Samordningsförbundet).toBeUndefined();
    expect(plan.texts.Verksamhet).toBeUndefined();
    expect(
      (plan.texts.Arbetsorganisation ?? []).flatMap((block) =>
        block.type === 'heading' ? [block.text] : [],
      ),
    ).toEqual(['Styrelse', 'Kansli', 'Beredningsgrupp']);
    const budget = textOf(plan, 'Budget');
    expect(budget).toContain('För verksamhetsåret 2020 budgeterar förbundet 18 806 tkr');
    expect(budget).toContain('I personalkostnader ingår: arvoden, löner');
    expect(budget).toContain('I övriga externa kostnader ingår: lokalhyra');
    const everything = Object.keys(plan.texts)
      .map((title) => textOf(plan, title))
      .join('\n');
    // OCR without å/ä/ö left words like "forbundets", "fastalld", "Forsakringskassan".
    expect(everything).not.toMatch(/\b(forbund|faststalld|Forsakringskassan|Arbetsformedlingen|ar)\b/);
  });
});
