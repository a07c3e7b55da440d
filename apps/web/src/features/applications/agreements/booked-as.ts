import { formatMoney, type Ore } from '@samsyn/domain';

const monthNames = new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' });

/** An actual allocation as one line: "Insatsmedel, mars 2031: 100 000 kr" (half-years "H1 2031"). */
export function bookedAsText(booked: {
  lineName: string;
  year: number;
  periodKind: 'month' | 'half' | 'year';
  periodNumber: number;
  amountOre: number;
}): string {
  const period =
    booked.periodKind === 'month'
      ? `${monthNames.format(new Date(Date.UTC(booked.year, booked.periodNumber - 1, 1)))} ${booked.year}`
      : booked.periodKind === 'half'
        ? `H${booked.periodNumber} ${booked.year}`
        : String(booked.year);
  return `${booked.lineName}, ${period}: ${formatMoney(booked.amountOre as Ore)}`;
}
