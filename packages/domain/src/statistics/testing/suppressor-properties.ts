/**
 * Test helper: the publication properties every table suppressor must have, checked with
 * fast-check over random tables. Test-only (imports fast-check); not exported from the module.
 */
import fc from 'fast-check';
import { auditSuppressedTable, type SuppressionViolation } from '../audit-suppressed-table.ts';
import type { TableSuppressor } from '../suppress-table.ts';

/** The properties, by name. */
const suppressorProperties = {
  /** (a) no published count (cell or total) lies in 1..(threshold − 1). */
  noSmallValuePublished: ['small_value_published'],
  /** (b) no row or column has exactly one hidden entry, so none equals total − sum(published). */
  noValueRecomputableFromItsLine: ['recomputable_from_line'],
  /** (c) published values equal the input, in the input's shape. */
  publishedValuesUnchanged: ['value_changed', 'shape'],
  /** Hidden cells of a line never sum to their number while the total is shown (they would all be 1). */
  noLineOfHiddenOnes: ['hidden_cells_all_one'],
  /** No hidden value follows from any combination of rows and columns of the table. */
  noValueRecomputableFromLines: ['recomputable_from_lines'],
} as const satisfies Record<string, readonly SuppressionViolation['kind'][]>;

export type SuppressorProperty = keyof typeof suppressorProperties | 'deterministic';

/**
 * Random count tables shaped like ours: up to `maxRows` × `maxColumns`, with plenty of zeros and
 * small counts so that suppression has work to do, and some large counts beside them.
 */
const countTableArbitrary = ({ maxRows = 8, maxColumns = 5 } = {}): fc.Arbitrary<number[][]> =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxColumns }))
    .chain(([rows, columns]) =>
      fc.array(
        fc.array(
          fc.oneof(
            { weight: 2, arbitrary: fc.constant(0) },
            { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
            { weight: 3, arbitrary: fc.integer({ min: 5, max: 60 }) },
            { weight: 1, arbitrary: fc.integer({ min: 61, max: 5_000 }) },
          ),
          { minLength: columns, maxLength: columns },
        ),
        { minLength: rows, maxLength: rows },
      ),
    );

/** Which of `properties` the suppressor breaks on `cells`, with the audit's details. */
const brokenSuppressorProperties = (
  suppressor: TableSuppressor,
  cells: readonly (readonly number[])[],
  threshold: number,
  properties: readonly SuppressorProperty[],
): { property: SuppressorProperty; violations: SuppressionViolation[] }[] => {
  const output = suppressor(cells, { threshold });
  const violations = auditSuppressedTable(cells, output, threshold);
  const broken: { property: SuppressorProperty; violations: SuppressionViolation[] }[] = [];
  for (const property of properties) {
    if (property === 'deterministic') {
      const again = suppressor(
        cells.map((row) => [...row]),
        { threshold },
      );
      if (JSON.stringify(again) !== JSON.stringify(output)) broken.push({ property, violations: [] });
      continue;
    }
    const kinds: readonly string[] = suppressorProperties[property];
    const matching = violations.filter((violation) => kinds.includes(violation.kind));
    if (matching.length > 0) broken.push({ property, violations: matching });
  }
  return broken;
};

export interface SuppressorCheckOptions {
  readonly properties?: readonly SuppressorProperty[];
  readonly threshold?: number;
  readonly numRuns?: number;
  readonly seed?: number;
  readonly maxRows?: number;
  readonly maxColumns?: number;
}

const allProperties: readonly SuppressorProperty[] = [
  ...(Object.keys(suppressorProperties) as (keyof typeof suppressorProperties)[]),
  'deterministic',
];

/**
 * Runs the properties over random tables and returns fast-check's verdict (with a shrunk
 * counterexample when one fails) instead of throwing, so a test can assert red as well as green.
 */
export const checkSuppressor = (suppressor: TableSuppressor, options: SuppressorCheckOptions = {}) => {
  const { properties = allProperties, threshold = 5, numRuns = 300, seed, maxRows, maxColumns } = options;
  return fc.check(
    fc.property(
      countTableArbitrary({ maxRows, maxColumns }),
      (cells) => brokenSuppressorProperties(suppressor, cells, threshold, properties).length === 0,
    ),
    { numRuns, ...(seed === undefined ? {} : { seed }) },
  );
};

/** Like `checkSuppressor`, but throws fast-check's report on failure (for `it(...)` bodies). */
export const assertSuppressor = (suppressor: TableSuppressor, options: SuppressorCheckOptions = {}): void => {
  const details = checkSuppressor(suppressor, options);
  if (details.failed) {
    const counterexample = details.counterexample?.[0];
    const broken =
      counterexample === undefined
        ? []
        : brokenSuppressorProperties(
            suppressor,
            counterexample,
            options.threshold ?? 5,
            options.properties ?? allProperties,
          );
    throw new Error(
      `suppressor broke ${broken.map((b) => b.property).join(', ')} on ${JSON.stringify(counterexample)} ` +
        `(seed ${details.seed}, path ${details.counterexamplePath}): ${JSON.stringify(broken)}`,
    );
  }
};
