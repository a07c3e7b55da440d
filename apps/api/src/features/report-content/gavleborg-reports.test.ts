import { type Block, blocksToPlainText, type DocumentSection, type NoticeBlock } from '@samsyn/domain';
import { halfYearSectionTitles } from '@samsyn/domain/testing';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoTenant as tenant, useDemoCallers } from '../../testing/use-demo-callers.ts';
import { renderDocx } from '../report-output/render-docx.ts';
import { renderPdf } from '../report-output/render-pdf.ts';
import { gavleborgSigners } from './gavleborg-signers.ts';

/*
 * Issue 23's acceptance test: Gävleborg's Halvårsredovisning 2019 and Verksamhetsplan och budget
 * 2020–2022 rebuilt from the demo data (packages/db/src/seed/demo-period-reports.ts), section by
 * section through the tRPC caller, against the seeds' figures (shared/seeds/). Each section is read
 * on its own (`reportContent.section`) so one generator's state never hides another's result.
 */

const env = useDemoCallers();
const ids = { halfYear: '', plan: '' };
const sectionIds = new Map<string, string>();

beforeAll(async () => {
  const rows = await env.superuser<{ kind: string; reportId: string; sectionId: string; title: string }[]>`
    select r.kind, r.id as "reportId", s.id as "sectionId", s.title
    from period_reports r join period_report_sections s on s.tenant_id = r.tenant_id and s.report_id = r.id
    where r.tenant_id = ${env.tenantId} and r.title in ('Halvårsredovisning 2019', 'Verksamhetsplan och budget 2020–2022')`;
  for (const row of rows) {
    ids[row.kind === 'plan' ? 'plan' : 'halfYear'] = row.reportId;
    sectionIds.set(`${row.kind}:${row.title}`, row.sectionId);
  }
});

/** Figures as the seed prints them: sv-SE's no-break and narrow spaces read as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

/** One section of a demo report as the live document shows it, by its template title. */
async function liveSection(kind: 'halfYear' | 'plan', title: string): Promise<DocumentSection> {
  const sectionId = sectionIds.get(`${kind}:${title}`);
  if (!sectionId) throw new Error(`the demo ${kind} report has no section ${title}`);
  return env.viewer.reportContent.section({ tenant, reportId: ids[kind], sectionId });
}

/** The generated blocks; fails with the generator's own reason while it answers 'unavailable'. */
function generatedBlocks(section: DocumentSection): Block[] {
  const generated = section.generated;
  expect(generated, `${section.title} is generated`).not.toBeNull();
  if (generated?.status !== 'ok')
    expect.fail(`${section.number} ${section.title}: ${generated?.reason ?? 'no generator'}`);
  return generated.blocks;
}

const generatedText = (section: DocumentSection) => plain(blocksToPlainText(generatedBlocks(section)));
const writtenText = (section: DocumentSection) => plain(blocksToPlainText(section.written));
const notices = (blocks: Block[]) => blocks.filter((block): block is NoticeBlock => block.type === 'notice');

const expectAll = (text: string, figures: string[]) => {
  for (const figure of figures) expect(text, figure).toContain(figure);
};

describe('Halvårsredovisning 2019, live from the demo data', () => {
  it('numbers the template’s sections 1 … 5 with the two bilagor unnumbered, in the seed’s order', async () => {
    const document = await env.viewer.reportContent.document({
      tenant,
      reportId: ids.halfYear,
      version: 'live',
    });
    expect(document).toMatchObject({ title: 'Halvårsredovisning 2019', status: 'ready', adoptedOn: null });
    expect(document.sections.map((section) => `${section.number} ${section.title}`.trim())).toEqual(
      halfYearSectionTitles,
    );
  });

  it('§1.1 says the period’s activity cost 3 315 060 kr, followed by the kansli’s narrative', async () => {
    const section = await liveSection('halfYear', 'Sammanfattning av perioden');
    expect(writtenText(section)).toMatch(/^Verksamhetsutveckling i stort\n/);
    expect(generatedText(section)).toContain('bedrivit verksamhet för 3 315 060 kr');
  });

  it('§1.2 shows the members and the plan’s goal areas, then the kansli’s history, law, mission and financing', async () => {
    const section = await liveSection('halfYear', 'Om förbundet');
    expectAll(generatedText(section), [
      'med Arbetsförmedlingen, Försäkringskassan, Region Gävleborg och kommunerna Bollnäs, Gävle',
      'Målområden i verksamhetsplanen 2019:',
    ]);
    expect(writtenText(section)).toMatch(/^Historik\nSamordningsförbundet bildades den 15 december 2014\./);
    expect(writtenText(section)).toContain(
      'Årets tilldelning från förbundsmedlemmarna uppgår till 13 319 000 kronor.',
    );
  });

  it('§2 Styrelsens arbete: the board’s 4 meetings and 76 627 kr in fees', async () => {
    const text = generatedText(await liveSection('halfYear', 'Styrelsens arbete'));
    expectAll(text, [
      'Tommy Berger (S) ordförande - Region Gävleborg',
      'Styrelsen har under perioden haft 4 möten.',
      'Utbetalda arvoden till styrelsen för perioden har uppgått till 76 627 kr.',
      'Arbetsutskottet har haft 3 möten under första halvåret 2019.',
    ]);
  });

  it('§1.3 and §3.4 are the seed’s written texts', async () => {
    const activity = writtenText(await liveSection('halfYear', 'Beskrivning av verksamheten'));
    expect(activity.split('\n').slice(0, 2)).toEqual(['Målgrupper', 'Individinriktade insatser']);
    expect(activity).toContain('Under perioden har 383 individer omfattats av insatser');
    expect(activity).toContain(
      'Under första halvåret 2019 har 349 personer deltagit i de strukturella insatserna',
    );
    const principles = writtenText(await liveSection('halfYear', 'Redovisnings- och värderingsprinciper'));
    expect(principles).toMatch(
      /^Allmänna upplysningar\nFrån och med räkenskapsåret 2019 är halvårsredovisningen/,
    );
    expect(principles).toContain(
      'Förbundet har inga pensionsavsättningar eller ansvarsförbindelser avseende pensioner.',
    );
  });

  it('§1.4 follows up each inriktningsmål with the comment of the follow-up after the written introduction', async () => {
    const section = await liveSection('halfYear', 'Måluppfyllelse och resultat');
    expect(writtenText(section)).toMatch(/^En stor del av de resultatmålen vi har satt upp för 2019/);
    expectAll(generatedText(section), [
      'Driva utveckling av en långsiktigt strukturell samverkan',
      'Under våren har vi dock sett en oroande trend',
      'Verksamhet i ekonomisk balans',
    ]);
  });

  it('§3.1 Resultaträkning: revenue 6 659 748, costs −3 315 060, result 3 344 423, and the 1 kr to the driftredovisning as a notice', async () => {
    const blocks = generatedBlocks(await liveSection('halfYear', 'Resultaträkning'));
    const text = plain(blocksToPlainText(blocks));
    expectAll(text, ['6 659 748', '−3 315 060', '3 344 688', '−265', '3 344 423', '−4 203 042', '−827 090']);
    // The seed's driftredovisning books 6 659 747 kr of revenue: shown as a difference, not hidden.
    const differences = notices(blocks).filter((notice) => notice.tone === 'difference');
    expect(differences.map((notice) => plain(notice.text)).join('\n')).toContain('6 659 747');
  });

  it('§3.2 Balansräkning: 10 088 720 on both sides, equity 5 301 726', async () => {
    const text = generatedText(await liveSection('halfYear', 'Balansräkning'));
    expect(text.split('10 088 720').length - 1).toBeGreaterThanOrEqual(2);
    expectAll(text, ['58 131', '10 030 589', '5 301 726', '1 104 544', '3 682 450', '4 525 136']);
  });

  it('§3.3 Driftredovisning: budget 14 219 000, outcome 3 315 060, deviation 10 903 940', async () => {
    const text = generatedText(await liveSection('halfYear', 'Driftredovisning'));
    expectAll(text, [
      '10 819 000',
      '1 514 867',
      '9 304 133',
      '14 219 000',
      '3 315 060',
      '10 903 940',
      '6 659 747',
    ]);
  });

  it('§3.5 Noter: each note’s rows with their sum, and Not 1’s 2 kr over the income statement as a notice', async () => {
    const blocks = generatedBlocks(await liveSection('halfYear', 'Noter'));
    const text = plain(blocksToPlainText(blocks));
    expectAll(text, [
      'Driftbidrag från staten',
      '6 659 750',
      '3 315 060',
      '58 131',
      '3 682 450',
      'Förutbetalda intäkter',
    ]);
    const differences = notices(blocks).filter((notice) => notice.tone === 'difference');
    const not1 = differences
      .map((notice) => plain(notice.text))
      .filter((notice) => notice.includes('6 659 748'));
    expect(not1).toHaveLength(1);
    expectAll(not1[0] ?? '', ['Not 1', '6 659 750', '2 kr']);
    // Not 2–4 add up to their statement lines in the 2019 column: no difference claimed for them.
    for (const notice of differences.map((n) => plain(n.text)))
      expect(notice).not.toMatch(/Not [34]\b|3 315 060 kr.*3 315 060 kr/);
  });

  it('Bilaga 1 shows every intervention of the period with the goal figures the interventions’ report computes', async () => {
    const report = await env.viewer.interventions.reports.goalsAndResults({ tenant, period: '2019-H1' });
    const text = generatedText(await liveSection('halfYear', 'Bilaga 1: Mål och resultat av insatser'));
    const percentText = text.replace(/ %/g, '%');
    for (const row of report.rows) {
      expect(text, row.name).toContain(row.name);
      for (const goal of row.goals) {
        const followUp = goal.followUp;
        if (followUp.type === 'count' && followUp.actual !== null)
          expect(text, `${row.name}: ${followUp.actual}`).toContain(
            plain(followUp.actual.toLocaleString('sv-SE')),
          );
        if (followUp.type === 'share' && followUp.actualPercent !== null)
          expect(percentText, `${row.name}: ${followUp.actualPercent} %`).toContain(
            `${followUp.actualPercent}%`,
          );
      }
    }
    // Trisam individ: 559 of 800 cases (70 %), as the seed's "totalt 559 ärenden".
    expect(report.rows.find((row) => row.name === 'Trisam individ')?.goals[0]?.followUp).toMatchObject({
      actual: 559,
      percentOfTarget: 70,
    });
    expect(text).toContain('559');
  });

  it('Bilaga 2: forecast result 3 819 500, surplus 5 776 803, equity 43 % of revenue', async () => {
    const text = generatedText(await liveSection('halfYear', 'Bilaga 2: Prognos och finansiellt mål'));
    expectAll(text, ['3 819 500', '1 957 303', '5 776 803', '43 %']);
  });
});

describe('Halvårsredovisning 2019, adopted with the decision of 23 August 2019', () => {
  it('is what the board’s item “Halvårsredovisning 2019” of 23 August 2019 concerns, by its title', async () => {
    const [meeting] = await env.superuser<{ id: string }[]>`
      select id from board_meetings where tenant_id = ${env.tenantId} and meeting_date = '2019-08-23'`;
    const read = await env.viewer.meetings.get({ tenant, meetingId: meeting?.id ?? '' });
    expect(read.items.find((item) => item.paragraph === 18)).toMatchObject({
      concernsKind: 'report',
      concernsId: ids.halfYear,
      concernsName: 'Halvårsredovisning 2019',
    });
  });

  it('offers the decision whose item concerns the report first, adopts it and freezes §4 with the board’s signers', async () => {
    const decisions = await env.admin.reportWorkflow.adoptableDecisions({ tenant, reportId: ids.halfYear });
    const decision = decisions[0];
    expect(decision).toMatchObject({
      label: 'Förbundsstyrelse 2019-08-23 § 18',
      title: 'Halvårsredovisning 2019',
      meetingDate: '2019-08-23',
      concernsThisReport: true,
    });
    const [row] = await env.superuser<{ version: number }[]>`
      select version from period_reports where id = ${ids.halfYear}`;
    await env.admin.reportWorkflow.adopt({
      tenant,
      reportId: ids.halfYear,
      expectedVersion: row?.version ?? 0,
      decisionId: decision?.decisionId ?? '',
    });

    const adopted = await env.viewer.reportContent.document({
      tenant,
      reportId: ids.halfYear,
      version: 'adopted',
    });
    expect(adopted).toMatchObject({
      status: 'adopted',
      adoptedOn: '2019-08-23',
      decisionLabel: 'Förbundsstyrelse 2019-08-23 § 18',
    });
    const decisionSection = adopted.sections.find((section) => section.title === 'Styrelsens beslut');
    expect(writtenText(decisionSection as DocumentSection)).toBe(
      'Vi intygar att halvårsredovisningen ger en rättvisande bild av verksamhetens resultat samt kostnader, intäkter och förbundets ekonomiska ställning.',
    );
    const signatures = generatedBlocks(decisionSection as DocumentSection).find(
      (block) => block.type === 'signatures',
    );
    expect(signatures).toEqual({
      type: 'signatures',
      placeAndDate: 'Gävle den 23 augusti 2019',
      signers: gavleborgSigners,
    });
    // The snapshot keeps the figures as adopted.
    const income = adopted.sections.find((section) => section.title === 'Resultaträkning');
    expect(generatedText(income as DocumentSection)).toContain('3 344 423');
  });
});

describe('Halvårsredovisning 2019 after adoption', () => {
  // Typst compiles the whole report: seconds, on a busy machine beyond the default 20 s.
  it('exports the adopted report as a tagged PDF whose text reads each heading before its table, and as a .docx with the same headings', async () => {
    const adopted = await env.viewer.reportContent.document({
      tenant,
      reportId: ids.halfYear,
      version: 'adopted',
    });
    const pdf = renderPdf(adopted, { version: 'adopted', logo: null });
    const catalog = Buffer.from(pdf).toString('latin1');
    expect(catalog).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(catalog).toContain('/Lang (sv-SE)');
    const proxy = await getDocumentProxy(pdf.slice());
    expect((await proxy.getMetadata()).info).toMatchObject({ Title: 'Halvårsredovisning 2019' });
    const { text } = await extractText(proxy, { mergePages: true });
    const pdfText = plain(text);
    const inOrder = [
      '1.1 Sammanfattning av perioden',
      'bedrivit verksamhet för 3 315 060 kr',
      '1.3 Beskrivning av verksamheten',
      'Individinriktade insatser',
      '3.1 Resultaträkning',
      'Verksamhetens intäkter',
      '3 344 423',
      '3.2 Balansräkning',
      '10 088 720',
      '3.4 Redovisnings- och värderingsprinciper',
      'Allmänna upplysningar',
      '3.5 Noter',
      'Driftbidrag från staten',
      'Gävle den 23 augusti 2019',
      'Tommy Berger',
      'Bilaga 2: Prognos och finansiellt mål',
      '5 776 803',
    ];
    // Read in order after the table of contents (which ends with Bilaga 2's entry): each found after the last.
    let from = pdfText.indexOf('Bilaga 2: Prognos och finansiellt mål') + 1;
    const missing = inOrder.filter((words) => {
      const at = pdfText.indexOf(words, from);
      if (at >= 0) from = at + words.length;
      return at < 0;
    });
    expect(missing).toEqual([]);

    const { value: html } = await mammoth.convertToHtml({
      buffer: Buffer.from(await renderDocx(adopted, { version: 'adopted', logo: null })),
    });
    const headings = [...html.matchAll(/<h([12])>(?:<a id="[^"]*"><\/a>)?([^<]*)<\/h[12]>/g)].map(
      ([, level, words]) => `${level} ${words}`,
    );
    // Every section is a heading 1 or 2 in order (a level-1 section's own headings are headings 2 between them).
    const sectionHeadings = adopted.sections.map(
      (section) => `${section.level} ${`${section.number} ${section.title}`.trim()}`,
    );
    expect(headings.filter((heading) => sectionHeadings.includes(heading))).toEqual(sectionHeadings);
  }, 60_000);

  it('shows a later change of an actual as a difference on the live report while the adopted document keeps its figures', async () => {
    expect(await env.viewer.reportWorkflow.differences({ tenant, reportId: ids.halfYear })).toEqual([]);
    const { actuals } = await env.editor.economy.actuals.list({ tenant, year: 2019 });
    const staff = actuals.find((actual) => actual.period === '2019-H1' && actual.lineCode === 'staff-costs');
    if (!staff) throw new Error('no 2019-H1 staff costs in the demo');
    await env.editor.economy.actuals.save({
      tenant,
      period: staff.period,
      lineCode: staff.lineCode,
      amount: staff.amount + 1_000_00,
      note: 'Rättad efter fastställande',
      expectedVersion: staff.version,
    });
    const differences = await env.viewer.reportWorkflow.differences({ tenant, reportId: ids.halfYear });
    expect(differences.map((difference) => difference.title)).toContain('Driftredovisning');
    const changes = differences.flatMap((difference) =>
      difference.changes.map((change) => plain(change.adopted)),
    );
    expect(changes.join('\n')).toContain('1 595 908');
    const adopted = await env.viewer.reportContent.document({
      tenant,
      reportId: ids.halfYear,
      version: 'adopted',
    });
    const operating = adopted.sections.find((section) => section.title === 'Driftredovisning');
    expect(generatedText(operating as DocumentSection)).toContain('1 595 908');
    expect(generatedText(await liveSection('halfYear', 'Driftredovisning'))).toContain('1 596 908');
  });
});

describe('Verksamhetsplan och budget 2020–2022, live from the demo data', () => {
  it('§7 Budget: revenue 13 320 tkr a year, costs 18 806 tkr in 2020, 10 800 already granted and 4 470 for new interventions', async () => {
    const section = await liveSection('plan', 'Budget');
    expectAll(generatedText(section), ['13 320', '18 806', '15 300', '10 800', '4 470']);
    expect(writtenText(section)).toContain('För verksamhetsåret 2020 budgeterar förbundet 18 806 tkr');
  });

  it('§8 Beviljade insatser lists every intervention with an agreement in 2020', async () => {
    const granted = await env.viewer.applicationReports.granted({ tenant, year: 2020 });
    expect(granted.rows.length).toBeGreaterThan(0);
    const text = generatedText(await liveSection('plan', 'Beviljade insatser'));
    expect(text).toContain(
      'Förbundet har ingått avtal om finansiering av följande insatser som kommer att pågå under 2020',
    );
    // Named by the application's title or the intervention it became.
    for (const row of granted.rows)
      expect(
        [row.title, row.interventionName].some((name) => name !== null && text.includes(plain(name))),
        row.title,
      ).toBe(true);
  });

  it('§1 is the plan’s purpose, members and adoption sentence, §6 the bodies with the plan’s own additions', async () => {
    const intro = await liveSection('plan', 'Samordningsförbundet');
    expectAll(generatedText(intro), [
      'Förbundets uppgift är att inom Gävleborgs län svara för finansiell samordning',
      'Verksamhetsplan och budget 2020–2022 är fastställd vid styrelsemötet den 29 november 2019.',
    ]);
    expect(intro.written).toEqual([]);
    const organisation = await liveSection('plan', 'Arbetsorganisation');
    expectAll(generatedText(organisation), ['Tommy Berger (S) ordförande', 'Arbetsutskott', 'Revisorer']);
    expect(writtenText(organisation)).toMatch(
      /^Styrelse\nSamordningsförbundet leds av en styrelse som består av åtta/,
    );
  });
});
