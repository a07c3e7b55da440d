/**
 * Round tick values for a chart's value axis: steps of 1, 2, 2.5 or 5 times a power of ten, from
 * at or below the smallest value to at or above the largest, about `count` steps. Zero is always
 * inside, so bars and lines are read against a true baseline.
 */
export function niceTicks(values: readonly number[], count = 4): number[] {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  if (min === max) return [0, 1];
  const rough = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's own precision: 0.1 + 0.2 must read 0.3, not 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let index = 0; first + index * step <= last + step / 2; index += 1) {
    ticks.push(Number((first + index * step).toFixed(decimals)));
  }
  return ticks;
}
