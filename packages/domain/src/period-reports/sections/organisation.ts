import { findMunicipality } from '../../reference/municipalities.ts';
import type { Block } from '../blocks.ts';
import type { SourceResult } from '../document.ts';
import type { ReportKind } from '../report-enums.ts';
import {
  bulletList,
  heading,
  listWithOch,
  listWithSamt,
  ok,
  swedishDateWords,
  textParagraphs,
  unavailable,
  yearsLabel,
} from './content-format.ts';

export interface OrganisationMember {
  kind: 'fk' | 'af' | 'region' | 'municipality';
  name: string;
  /** SCB's code: a municipality's short name ("Hudiksvall") comes from it. */
  officialCode: string | null;
}

/** The plan in force, as far as the förbund's presentation quotes it. */
export interface OrganisationPlan {
  name: string;
  firstYear: number;
  lastYear: number;
  purpose: string;
  vision: string;
  adoptedOn: string | null;
  /** The goal areas: the plan's areas, or its goals where it has no areas (Gävleborg 2019). */
  goalAreas: string[];
}

export interface OrganisationSectionInput {
  tenantName: string;
  kind: ReportKind;
  /** The members on the period's last day. */
  members: readonly OrganisationMember[];
  plan: OrganisationPlan | null;
  /** The year the plan should cover (the period's first), for the sentence when there is none. */
  year: number;
}

const kindOrder: Record<OrganisationMember['kind'], number> = { af: 0, fk: 1, region: 2, municipality: 3 };
const collator = new Intl.Collator('sv-SE');

/**
 * "Samordningsförbund Gävleborg är en fristående juridisk organisation med Arbetsförmedlingen,
 * Försäkringskassan, Region Gävleborg och kommunerna Bollnäs, Gävle, … samt Söderhamn som
 * medlemmar." — the state's two agencies, the regions, then the municipalities by their short
 * names; a single municipality, or one without a known code, by its full name.
 */
export function membersSentence(tenantName: string, members: readonly OrganisationMember[]): string {
  const sorted = [...members].sort(
    (a, b) => kindOrder[a.kind] - kindOrder[b.kind] || collator.compare(a.name, b.name),
  );
  const others = sorted.filter((member) => member.kind !== 'municipality').map((member) => member.name);
  const municipalities = sorted.filter((member) => member.kind === 'municipality');
  const shortNames = municipalities.map((member) =>
    member.officialCode ? findMunicipality(member.officialCode)?.name : undefined,
  );
  const parts = [...others];
  if (municipalities.length >= 2 && shortNames.every((name) => name !== undefined))
    parts.push(`kommunerna ${listWithSamt((shortNames as string[]).sort(collator.compare))}`);
  else parts.push(...municipalities.map((member) => member.name));
  return `${tenantName} är en fristående juridisk organisation med ${listWithOch(parts)} som medlemmar.`;
}

/**
 * §1.2 Om förbundet (follow-up reports) or §1 Samordningsförbundet (the plan): the members, the
 * board and kansli, and the plan in force — its vision and goal areas ("Målområden i
 * verksamhetsplanen 2019:"), or for the plan itself its purpose and adoption. The kansli writes
 * the rest (history, law, mission, financing) as the section's own text.
 */
export function organisationSection(input: OrganisationSectionInput): SourceResult {
  if (input.members.length === 0)
    return unavailable(
      'Förbundet har inga medlemmar registrerade för perioden. Registrera medlemmarna under Administration → Inställningar.',
    );
  const members = membersSentence(input.tenantName, input.members);
  const plan = input.plan;
  if (input.kind === 'plan') return ok(planPresentation(members, plan, input.year));
  const blocks: Block[] = [
    heading(1, 'Organisation'),
    ...textParagraphs(
      `${members}\nFörbundet leds av en styrelse som utses av medlemmarna. Till sin hjälp har den ett kansli.`,
    ),
  ];
  if (!plan) {
    blocks.push(noPlanNotice(input.year));
    return ok(blocks);
  }
  if (plan.vision.trim())
    blocks.push(heading(1, 'Vision och verksamhetsidé'), ...textParagraphs(plan.vision));
  if (plan.goalAreas.length > 0)
    blocks.push(
      { type: 'paragraph', runs: [{ text: `Målområden i verksamhetsplanen ${planYears(plan)}:` }] },
      bulletList(plan.goalAreas, true),
    );
  return ok(blocks);
}

const planYears = (plan: OrganisationPlan) => yearsLabel(plan.firstYear, plan.lastYear);

function planPresentation(members: string, plan: OrganisationPlan | null, year: number): Block[] {
  if (!plan) return [...textParagraphs(members), noPlanNotice(year)];
  const adopted = plan.adoptedOn
    ? [`${plan.name} är fastställd vid styrelsemötet den ${swedishDateWords(plan.adoptedOn)}.`]
    : [];
  return textParagraphs([plan.purpose, members, ...adopted].join('\n'));
}

const noPlanNotice = (year: number): Block => ({
  type: 'notice',
  tone: 'unavailable',
  text: `Ingen verksamhetsplan omfattar ${year}, så planens vision och målområden saknas. Registrera förbundets verksamhetsplan under Verksamhetsplan.`,
});
