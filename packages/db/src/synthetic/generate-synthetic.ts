import { counties, listMunicipalitiesInCounty } from '@samsyn/domain';
import { createRandom, type Random } from './random.ts';

/** What to generate. */
export interface SyntheticOptions {
  /** How many synthetic förbund (default 40). */
  forbund?: number;
  /** First and last year, inclusive (default 2016–2025). */
  years?: readonly [number, number];
  /** PRNG seed: the same seed gives the same data (default 2003, the year of the Finsam law). */
  seed?: number;
  /** Number to start naming from ("Syntetiskt förbund <n>"), to add more beside earlier ones (default 1). */
  firstNumber?: number;
}

/** One synthetic förbund, ready to insert. */
export interface SyntheticForbund {
  number: number;
  slug: string;
  name: string;
  countyCode: string;
  /** Member municipalities, SCB codes from the reference data. */
  municipalityCodes: string[];
  shareNamedFigures: boolean;
  equityGoalPercent: number;
  figures: SyntheticYear[];
}

/** The inputs of the key figures for one year, as `national_figures` holds them (öre, counts). */
export interface SyntheticYear {
  year: number;
  contributionsStateOre: number;
  contributionsRegionOre: number;
  contributionsMunicipalitiesOre: number;
  interventionCostsOre: number;
  staffCostsOre: number;
  otherCostsOre: number;
  totalCostsOre: number;
  revenueOre: number;
  equityOre: number;
  equityGoalPercent: number | null;
  individualInterventions: number;
  structuralInterventions: number;
  individualInterventionCostsOre: number;
  participantsWomen: number;
  participantsMen: number;
  participantsOther: number;
  endedParticipants: number;
  endedToWork: number;
  endedToStudies: number;
  memberMunicipalities: number;
}

const SYNTHETIC_NAME_PREFIX = 'Syntetiskt förbund';

const KRONA = 100;
const roundKronor = (kronor: number) => Math.round(kronor) * KRONA;

/** Splits `total` into parts by `shares` (each ≥ 0), exact: the parts sum to `total`. */
const split = (total: number, shares: readonly number[]): number[] => {
  const sum = shares.reduce((a, b) => a + b, 0);
  const parts = shares.map((share) => Math.floor((total * share) / sum));
  const rest = total - parts.reduce((a, b) => a + b, 0);
  parts[0] = (parts[0] ?? 0) + rest;
  return parts;
};

function generateYears(random: Random, municipalities: number, years: readonly [number, number]) {
  // Size: Finsam förbund range from one municipality and 2 million kr to a whole county and 40.
  const baseAllocationKronor = (1_500_000 + municipalities * random.between(700_000, 1_700_000)) * 1;
  const interventionShare = random.between(0.55, 0.75);
  const staffShare = random.between(0.12, 0.22);
  const spendRate = random.between(0.85, 1.08);
  const participantsPerIntervention = random.between(4, 35);
  const workRate = random.between(0.12, 0.35);
  const studiesRate = random.between(0.04, 0.15);
  const goal = random.pick([10, 15, 20, 20, 20, 25, 30]);
  const hasGoal = random.next() > 0.08;
  let equityKronor = baseAllocationKronor * random.between(0.05, 0.45);
  const result: SyntheticYear[] = [];
  for (let year = years[0]; year <= years[1]; year++) {
    const growth = (1 + random.between(0, 0.05)) ** (year - years[0]);
    const allocation = roundKronor(baseAllocationKronor * growth * random.between(0.95, 1.05));
    // Finsam: the state (FK + AF) pays half, the region a quarter, the municipalities a quarter.
    const [state = 0, region = 0, municipalitiesPart = 0] = split(allocation, [2, 1, 1]);
    const otherRevenue = roundKronor(random.between(0, 0.02) * (allocation / KRONA));
    const revenue = allocation + otherRevenue;
    // Boards spend down equity well above their goal: the share drifts back towards it.
    const equityShare = equityKronor / (revenue / KRONA);
    const catchUp = equityShare > goal / 100 ? Math.min(0.15, (equityShare - goal / 100) / 2) : 0;
    const totalCosts = roundKronor((revenue / KRONA) * (spendRate + catchUp) * random.between(0.94, 1.06));
    const interventionCosts = roundKronor((totalCosts / KRONA) * interventionShare);
    const staffCosts = roundKronor((totalCosts / KRONA) * staffShare);
    const otherCosts = totalCosts - interventionCosts - staffCosts;
    equityKronor = Math.max(0, equityKronor + (revenue - totalCosts) / KRONA);
    const individual = Math.max(
      0,
      Math.round((interventionCosts / KRONA / 900_000) * random.between(0.6, 1.4)),
    );
    const structural = random.int(0, Math.max(1, Math.round(municipalities / 2)));
    const participants = Math.round(individual * participantsPerIntervention * random.between(0.7, 1.3));
    const [women = 0, men = 0, other = 0] = split(participants, [
      random.between(0.5, 0.62),
      random.between(0.36, 0.48),
      random.between(0, 0.03),
    ]);
    const ended = Math.round(participants * random.between(0.3, 0.6));
    const toWork = Math.round(ended * workRate * random.between(0.8, 1.2));
    const toStudies = Math.min(ended - toWork, Math.round(ended * studiesRate * random.between(0.8, 1.2)));
    result.push({
      year,
      contributionsStateOre: state,
      contributionsRegionOre: region,
      contributionsMunicipalitiesOre: municipalitiesPart,
      interventionCostsOre: interventionCosts,
      staffCostsOre: staffCosts,
      otherCostsOre: otherCosts,
      totalCostsOre: totalCosts,
      revenueOre: revenue,
      equityOre: roundKronor(equityKronor),
      equityGoalPercent: hasGoal ? goal : null,
      individualInterventions: individual,
      structuralInterventions: structural,
      individualInterventionCostsOre:
        individual === 0 ? 0 : roundKronor((interventionCosts / KRONA) * random.between(0.6, 0.9)),
      participantsWomen: women,
      participantsMen: men,
      participantsOther: other,
      endedParticipants: ended,
      endedToWork: toWork,
      endedToStudies: Math.max(0, toStudies),
      memberMunicipalities: municipalities,
    });
  }
  return { figures: result, goal: hasGoal ? goal : 20 };
}

/**
 * Realistic, clearly labelled synthetic förbund ("Syntetiskt förbund 17", slug `syntetiskt-17`):
 * members drawn from one county's municipalities in the reference data, economy that follows the
 * Finsam split (state ½, region ¼, municipalities ¼) and participant figures for each year. Pure
 * and deterministic for a given seed. About one in three shares named figures.
 */
export function generateSyntheticForbund(options: SyntheticOptions = {}): SyntheticForbund[] {
  const count = options.forbund ?? 40;
  const years = options.years ?? [2016, 2025];
  const first = options.firstNumber ?? 1;
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError('forbund must be a non-negative integer');
  if (years[0] > years[1] || years[0] < 2000 || years[1] > 2100)
    throw new RangeError('years must be 2000–2100, first ≤ last');
  const random = createRandom(options.seed ?? 2003);
  return Array.from({ length: count }, (_, index) => {
    const number = first + index;
    const county = random.pick(counties);
    const available = listMunicipalitiesInCounty(county.code);
    // Most förbund have 1–6 members among the municipalities; some cover the whole county.
    const wanted = random.next() < 0.15 ? available.length : random.int(1, Math.min(6, available.length));
    const start = random.int(0, available.length - wanted);
    const municipalityCodes = available.slice(start, start + wanted).map((m) => m.code);
    const { figures, goal } = generateYears(random, municipalityCodes.length, years);
    return {
      number,
      slug: `syntetiskt-${number}`,
      name: `${SYNTHETIC_NAME_PREFIX} ${number}`,
      countyCode: county.code,
      municipalityCodes,
      shareNamedFigures: random.next() < 0.35,
      equityGoalPercent: goal,
      figures,
    };
  });
}
