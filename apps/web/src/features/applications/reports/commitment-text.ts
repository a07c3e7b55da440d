import { formatMoney, type Ore, type PrintedGranted, type PrintedOfWhich } from '@samsyn/domain';
import type { TFunction } from 'i18next';

/**
 * The budget commitments' sentences. The förbund's budgets print their varav lines in tkr, so the
 * comparison speaks tkr when every figure is whole thousands ("10 800 + 4 470 = 15 270 tkr, 30 tkr
 * mindre än raden 15 300 tkr") and exact kronor otherwise, so no difference is rounded away.
 */
const wholeThousands = (amounts: readonly number[]) => amounts.every((amount) => amount % 100_000 === 0);

const unitFor = (amounts: readonly number[]): 'kr' | 'tkr' => (wholeThousands(amounts) ? 'tkr' : 'kr');

/** A figure without its unit ("10 800"), for a sum written out before its one unit. */
const figure = (amount: number, unit: 'kr' | 'tkr') =>
  formatMoney(amount as Ore, { unit }).replace(/\u00a0t?kr$/, '');

const withUnit = (amount: number, unit: 'kr' | 'tkr') => formatMoney(amount as Ore, { unit });

/** "Insatsmedel 2020, budgetens varav-rader: 10 800 + 4 470 = 15 270 tkr, 30 tkr mindre än raden 15 300 tkr." */
export function ofWhichSentence(t: TFunction, year: number, printed: PrintedOfWhich): string {
  const unit = unitFor([printed.lineOre, ...printed.parts.map((part) => part.amountOre)]);
  const common = {
    name: printed.lineName,
    year,
    parts: printed.parts.map((part) => figure(part.amountOre, unit)).join(' + '),
    sum: withUnit(printed.partsOre, unit),
  };
  if (printed.differenceOre === 0) return t('applicationReports.commitments.ofWhichEqual', common);
  return t('applicationReports.commitments.ofWhichSum', {
    ...common,
    difference: withUnit(Math.abs(printed.differenceOre), unit),
    relation: t(
      printed.differenceOre > 0
        ? 'applicationReports.commitments.less'
        : 'applicationReports.commitments.more',
    ),
    line: withUnit(printed.lineOre, unit),
  });
}

/** The printed "varav beviljat" against what the agreements give. */
export function printedGrantedSentence(t: TFunction, year: number, printed: PrintedGranted): string {
  const unit = unitFor([printed.printedOre, printed.computedOre]);
  const values = {
    year,
    printed: withUnit(printed.printedOre, unit),
    computed: withUnit(printed.computedOre, unit),
  };
  if (printed.differenceOre === 0) return t('applicationReports.commitments.printedGranted', values);
  return t('applicationReports.commitments.printedGrantedDiffers', {
    ...values,
    difference: withUnit(Math.abs(printed.differenceOre), unit),
    // Printed minus computed: the agreements give less than the budget printed when it is positive.
    relation: t(
      printed.differenceOre > 0
        ? 'applicationReports.commitments.less'
        : 'applicationReports.commitments.more',
    ),
  });
}
