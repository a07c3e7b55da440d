import { kronor, type Ore } from '@samsyn/domain';

/**
 * Issue 19: Gävleborg's H1 2019 Insatsmedel actual (1 514 867 kr, Driftredovisning 3.3) split per
 * intervention as the half-year report's Bilaga 1 gives each intervention's "Utfall" — the same
 * figures the demo types as spend to date, plus Trisam individ's 1 kr (Bilaga 1 says "Utfall: 1 kr";
 * the demo keeps no budget row for that placeholder, see ../interventions/gavleborg.ts). Together
 * 1 453 760 kr, so 61 107 kr of the actual is on no intervention: the difference the source never
 * explains, shown on day one by the reconciliation ("Ej fördelat"). Interventions with 0 kr spent
 * (Mentorskap, Naturbaserad grön rehabilitering) get no row.
 */
export const gavleborgAllocationsH1_2019: {
  lineCode: string;
  year: number;
  period: { kind: 'half'; number: 1 };
  /** Keys of ../interventions/gavleborg.ts. */
  toInterventions: readonly { key: string; amount: Ore }[];
} = {
  lineCode: 'intervention-funds',
  year: 2019,
  period: { kind: 'half', number: 1 },
  toInterventions: [
    { key: 'trisam-individ', amount: kronor(1) },
    { key: 'se-coach-gavle', amount: kronor(284_723) },
    { key: 'trisam-struktur', amount: kronor(658_614) },
    { key: 'mysam-processledare', amount: kronor(229_119) },
    { key: 'mysam-kommunspecifika-medel', amount: kronor(28_118) },
    { key: 'asf', amount: kronor(253_185) },
  ],
};
