import type { PrintedGranted, PrintedOfWhich, YearCommitments } from '../applications/commitments.ts';
import { kronor, ore } from '../money/ore.ts';

/*
 * Gävleborg 2020 as its budget prints it and its six § 8 grants commit it: the expectation the
 * commitments' domain, API and demo tests share (the web's sentences about it read the same rows).
 */

/** An intervention-funds line of 15 300 000 kr, 10 800 000 kr of it granted, 4 500 000 kr left. */
export const gavleborg2020Commitments = {
  year: 2020,
  interventionFundsOre: kronor(15_300_000),
  grantedOre: kronor(10_800_000),
  availableOre: kronor(4_500_000),
  isOverCommitted: false,
} satisfies Partial<YearCommitments>;

/** The printed varav lines, 10 800 + 4 470 = 15 270 tkr: 30 000 kr short of the line. */
export const gavleborg2020PrintedOfWhich: PrintedOfWhich = {
  lineCode: 'intervention-funds',
  lineName: 'Insatsmedel',
  lineOre: kronor(15_300_000),
  parts: [
    { code: 'granted', name: 'Varav redan beviljat', amountOre: kronor(10_800_000) },
    { code: 'available', name: 'Varav tillgängligt för nya insatser', amountOre: kronor(4_470_000) },
  ],
  partsOre: kronor(15_270_000),
  differenceOre: kronor(30_000),
};

/** The printed varav beviljat, 10 800 000 kr: the same as the agreements commit. */
export const gavleborg2020PrintedGranted: PrintedGranted = {
  lineCode: 'intervention-funds',
  printedOre: kronor(10_800_000),
  computedOre: kronor(10_800_000),
  differenceOre: ore(0),
};
