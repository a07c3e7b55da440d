/**
 * Uppföljning Finsam's check for Gävleborg's 2019-H1 (öre): the interventions' and the
 * administration's actuals fall 61 107 kr short of the operating statement's total costs. The
 * API's report on the demo data is expected to give it, and the web's sheet test draws it.
 */
export const gavleborg2019H1FinsamCheck = {
  interventionActual: 145_376_000,
  administrativeActual: 180_019_300,
  sum: 325_395_300,
  totalCosts: 331_506_000,
  difference: 6_110_700,
  isBalanced: false,
};
