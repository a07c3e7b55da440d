import { type AmountUnit, parseAmountText } from '../../components/form/amount-text.ts';

interface Line {
  code: string;
  budget: number;
}

/**
 * The forecast result as the form stands, before it is saved: a line left empty is forecast at
 * its budget (as the API will), a line whose text cannot be read yet counts at its budget too, so
 * the figure never jumps to nonsense while a number is half typed.
 */
export function forecastResultOf(
  revenue: readonly Line[],
  costs: readonly Line[],
  typed: Readonly<Record<string, string | undefined>>,
  unit: AmountUnit,
): number {
  const forecastOf = (line: Line) => {
    const text = typed[line.code]?.trim() ?? '';
    if (text === '') return line.budget;
    const parsed = parseAmountText(text, unit);
    return parsed.ok && parsed.value >= 0 ? parsed.value : line.budget;
  };
  const sum = (lines: readonly Line[]) => lines.reduce((total, line) => total + forecastOf(line), 0);
  return sum(revenue) - sum(costs);
}
