import { paragraph, type WrittenBlock } from './blocks.ts';
import type { ReportKind, ReportSource } from './report-enums.ts';

export interface TemplateSection {
  level: 1 | 2;
  numbered: boolean;
  title: string;
  source: ReportSource | null;
  /** The text a new report starts with where there is none to copy. */
  body: WrittenBlock[];
}

const section = (
  level: 1 | 2,
  title: string,
  source: ReportSource | null,
  options: { numbered?: boolean; body?: WrittenBlock[] } = {},
): TemplateSection => ({
  level,
  title,
  source,
  numbered: options.numbered ?? true,
  body: options.body ?? [],
});

/** "halvårsredovisningen" / "delårsrapporten" / "årsredovisningen", for the attestation sentence. */
const definite: Record<Exclude<ReportKind, 'plan'>, string> = {
  halfYear: 'halvårsredovisningen',
  interim: 'delårsrapporten',
  annual: 'årsredovisningen',
};

/**
 * A follow-up report's structure, after Gävleborg's halvårsredovisning 2019: förvaltningsberättelse
 * (summary, the förbund, the activity, goal fulfilment), the board's work, the economy's four parts
 * with principles and notes, the board's decision and signatures, and the two appendices.
 */
function followUpTemplate(kind: Exclude<ReportKind, 'plan'>): TemplateSection[] {
  const periodWord = kind === 'annual' ? 'verksamhetsåret' : 'perioden';
  return [
    section(1, 'Förvaltningsberättelse', null),
    section(2, `Sammanfattning av ${periodWord}`, 'summary'),
    section(2, 'Om förbundet', 'organisation'),
    section(2, 'Beskrivning av verksamheten', null),
    section(2, 'Måluppfyllelse och resultat', 'planFollowUp'),
    section(1, 'Styrelsens arbete', 'boardWork'),
    section(1, 'Ekonomiskt utfall', null),
    section(2, 'Resultaträkning', 'incomeStatement'),
    section(2, 'Balansräkning', 'balanceSheet'),
    section(2, 'Driftredovisning', 'operatingStatement'),
    section(2, 'Redovisnings- och värderingsprinciper', null),
    section(2, 'Noter', 'notes'),
    section(1, 'Styrelsens beslut', 'signatures', {
      body: [
        paragraph(
          `Vi intygar att ${definite[kind]} ger en rättvisande bild av verksamhetens resultat samt kostnader, intäkter och förbundets ekonomiska ställning.`,
        ),
      ],
    }),
    section(1, 'Bilagor', null),
    section(2, 'Bilaga 1: Mål och resultat av insatser', 'interventionResults', { numbered: false }),
    section(2, 'Bilaga 2: Prognos och finansiellt mål', 'forecast', { numbered: false }),
  ];
}

/** After Gävleborg's verksamhetsplan och budget 2020–2022. */
const planTemplate: TemplateSection[] = [
  section(1, 'Samordningsförbundet', 'organisation'),
  section(1, 'Vision', 'planVision'),
  section(1, 'Målgrupp', 'planTargetGroups'),
  section(1, 'Verksamhet', 'planActivity'),
  section(1, 'Mål', 'planGoals'),
  section(1, 'Arbetsorganisation', 'boardComposition'),
  section(1, 'Budget', 'budget'),
  section(1, 'Beviljade insatser', 'grantedInterventions'),
];

/** The structure a förbund's first report of a kind starts from; later ones copy the last one. */
export function defaultTemplate(kind: ReportKind): TemplateSection[] {
  return kind === 'plan' ? planTemplate : followUpTemplate(kind);
}
