import { lastDayOfMonth } from '../../economy/actuals-period.ts';
import type { Ore } from '../../money/ore.ts';
import { type Block, paragraph, type TableRow } from '../blocks.ts';
import { kr, periodPhrase } from './economy-format.ts';

/** The interventions' period figures by kind, as the summary counts them. */
export interface SummaryReach {
  individual: {
    /** Interventions of the kind that ran in the period. */
    interventions: number;
    /** Everyone who took part in the period (new and carried in), by gender. */
    participants: { total: number; women: number; men: number; otherUnknown: number };
    /** Of them, those who started in the period. */
    newParticipants: number;
    /** Names of the interventions of the kind without figures for the period. */
    missing: string[];
  };
  structural: { interventions: number; personsReached: number; meetingsHeld: number; missing: string[] };
}

export interface SummarySectionInput {
  tenantName: string;
  periodStart: string;
  periodEnd: string;
  /** The income statement's costs for the period (positive), or null when there is none. */
  costs: Ore | null;
  /** Null when the interventions' figures have no form for the period (e.g. January–August). */
  reach: SummaryReach | null;
}

const count = new Intl.NumberFormat('sv-SE');
const n = (value: number) => count.format(value);
const names = (list: readonly string[]) => list.join(', ');

/**
 * §1.1 Sammanfattning: "<förbund> har under första halvåret 2019 bedrivit verksamhet för
 * 3 315 060 kr", then the participants reached by the individual-level and the people reached by
 * the structural interventions, as sentences and a table. Missing figures are named, never invented.
 */
export function summarySection(input: SummarySectionInput): Block[] {
  const when = periodPhrase(input.periodStart, input.periodEnd);
  const blocks: Block[] = [];
  blocks.push(
    input.costs === null
      ? {
          type: 'notice',
          tone: 'unavailable',
          text: `Resultaträkningen för ${when} saknas, så periodens kostnader kan inte anges.`,
        }
      : paragraph(`${input.tenantName} har under ${when} bedrivit verksamhet för ${kr(input.costs)}.`),
  );
  const reach = input.reach;
  if (!reach) {
    blocks.push({
      type: 'notice',
      tone: 'unavailable',
      text:
        `Insatsernas deltagarsiffror redovisas per månad, halvår och år; för ${when} finns ingen sådan ` +
        'period, så antalet nådda deltagare anges inte.',
    });
    return blocks;
  }
  const { individual, structural } = reach;
  const sentences: string[] = [];
  if (individual.interventions > individual.missing.length) {
    const p = individual.participants;
    sentences.push(
      `Insatserna på individnivå har under ${when} nått ${n(p.total)} deltagare ` +
        `(${n(p.women)} kvinnor, ${n(p.men)} män${p.otherUnknown > 0 ? `, ${n(p.otherUnknown)} utan uppgift om kön` : ''}), ` +
        `varav ${n(individual.newParticipants)} nya under perioden.`,
    );
  }
  if (structural.interventions > structural.missing.length)
    sentences.push(
      `Insatserna på strukturnivå har nått ${n(structural.personsReached)} medarbetare och chefer ` +
        `vid ${n(structural.meetingsHeld)} möten.`,
    );
  if (sentences.length > 0) blocks.push(paragraph(sentences.join(' ')));
  const rows: TableRow[] = [
    {
      cells: [
        'Individnivå',
        n(individual.interventions),
        n(individual.participants.total),
        n(individual.newParticipants),
        n(individual.participants.women),
        n(individual.participants.men),
      ],
      key: 'individual',
    },
    {
      cells: ['Strukturnivå', n(structural.interventions), n(structural.personsReached), '–', '–', '–'],
      key: 'structural',
    },
  ];
  if (individual.interventions + structural.interventions > 0)
    blocks.push({
      type: 'table',
      caption: `Nådda deltagare och personer per insatstyp, ${when}`,
      columns: [
        { label: 'Insatstyp', align: 'left' },
        { label: 'Insatser', align: 'right' },
        { label: 'Nådda', align: 'right' },
        { label: 'Varav nya', align: 'right' },
        { label: 'Kvinnor', align: 'right' },
        { label: 'Män', align: 'right' },
      ],
      rows,
    });
  else
    blocks.push({
      type: 'notice',
      tone: 'unavailable',
      text: `Inga insatser pågick under ${when}, så inga deltagare anges.`,
    });
  const missing = [...individual.missing, ...structural.missing];
  if (missing.length > 0)
    blocks.push({
      type: 'notice',
      tone: 'unavailable',
      text: `Siffror för ${when} saknas för ${missing.length === 1 ? 'insatsen' : 'insatserna'} ${names(missing)}; de räknas inte med ovan.`,
    });
  return blocks;
}

/**
 * The interventions' period form of the report's period ('2019-H1', '2019', '2019-06'), or null
 * when the period is none of them (January–August): their figures are entered per those periods.
 */
export function interventionPeriodOf(periodStart: string, periodEnd: string): string | null {
  const year = periodStart.slice(0, 4);
  if (periodEnd.slice(0, 4) !== year) return null;
  const span = `${periodStart.slice(5)}/${periodEnd.slice(5)}`;
  if (span === '01-01/12-31') return year;
  if (span === '01-01/06-30') return `${year}-H1`;
  if (span === '07-01/12-31') return `${year}-H2`;
  const month = periodStart.slice(5, 7);
  if (periodStart.slice(8) === '01' && periodEnd === lastDayOfMonth(Number(year), Number(month)))
    return `${year}-${month}`;
  return null;
}
