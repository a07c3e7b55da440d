import type { Ore } from '../money/ore.ts';
import { addOre, subtractOre, sumOre } from '../money/ore-math.ts';

export interface ForecastInputLine {
  code: string;
  name: string;
  kind: 'revenue' | 'cost';
  budget: Ore;
  actualToDate: Ore;
  /** The förbund's forecast for the whole year. */
  forecast: Ore;
}

export interface ForecastFigures {
  budget: Ore;
  actualToDate: Ore;
  forecast: Ore;
  /** budget − forecast (same convention as the operating statement: what the year leaves of the budget). */
  deviation: Ore;
}

export interface ForecastLine extends ForecastFigures {
  code: string;
  name: string;
}

export interface Forecast {
  year: number;
  revenue: { lines: ForecastLine[]; total: ForecastFigures };
  costs: { lines: ForecastLine[]; total: ForecastFigures };
  /** revenue − costs for the budget, the actual to date and the forecast. */
  result: { budget: Ore; actualToDate: Ore; forecast: Ore };
  /** Equity at the start of the year, when given, and at year end if the forecast holds. */
  equity?: { opening: Ore; closingForecast: Ore };
}

const figures = (budget: Ore, actualToDate: Ore, forecast: Ore): ForecastFigures => ({
  budget,
  actualToDate,
  forecast,
  deviation: subtractOre(budget, forecast),
});

function section(lines: readonly ForecastInputLine[]) {
  return {
    lines: lines.map((line) => ({
      code: line.code,
      name: line.name,
      ...figures(line.budget, line.actualToDate, line.forecast),
    })),
    total: figures(
      sumOre(lines.map((line) => line.budget)),
      sumOre(lines.map((line) => line.actualToDate)),
      sumOre(lines.map((line) => line.forecast)),
    ),
  };
}

/**
 * The year-end forecast (prognos): per line and in total budget, actual to date, forecast and
 * deviation; the forecast result; and, given the opening equity, the equity the year will end with
 * — the figure the equity goal is judged on.
 */
export function forecast(input: {
  year: number;
  lines: readonly ForecastInputLine[];
  openingEquity?: Ore;
}): Forecast {
  const revenue = section(input.lines.filter((line) => line.kind === 'revenue'));
  const costs = section(input.lines.filter((line) => line.kind === 'cost'));
  const result = {
    budget: subtractOre(revenue.total.budget, costs.total.budget),
    actualToDate: subtractOre(revenue.total.actualToDate, costs.total.actualToDate),
    forecast: subtractOre(revenue.total.forecast, costs.total.forecast),
  };
  return {
    year: input.year,
    revenue,
    costs,
    result,
    ...(input.openingEquity === undefined
      ? {}
      : {
          equity: {
            opening: input.openingEquity,
            closingForecast: addOre(input.openingEquity, result.forecast),
          },
        }),
  };
}
