/**
 * "Similar förbund": the förbund nearest to one förbund in size, for a fairer comparison than the
 * whole nation (a förbund with 1 municipality and 3 million kr is not run like one with 10 and 30).
 *
 * Distance: for each of revenue, number of member municipalities and participants, take
 * ln(1 + x), standardise over all förbund (divide by the standard deviation), and take the
 * Euclidean distance. Logarithms because sizes are skewed and compared as ratios: 2 against 4
 * municipalities is as far apart as 5 against 10, and a few large förbund should not squeeze all
 * the small ones together. (1 + x keeps zero participants defined.) Standardising puts kronor and
 * counts on one footing, so no dimension wins by its unit.
 */

export interface ForbundSize {
  readonly forbundId: string;
  /** Revenue (intäkter) for the year, in öre. */
  readonly revenue: number;
  readonly memberMunicipalities: number;
  /** Participants in individual interventions in the same year. */
  readonly participants: number;
}

const features = (size: ForbundSize): number[] =>
  [size.revenue, size.memberMunicipalities, size.participants].map((value) => {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(
        `similarForbund: sizes must be non-negative integers, got ${value} for ${size.forbundId}`,
      );
    }
    return Math.log1p(value);
  });

const standardDeviation = (values: readonly number[]): number => {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
};

/**
 * The ids of the `k` (default 5) förbund nearest to `forbundId`, nearest first, itself excluded;
 * ties go to the smaller id so the list never changes between calls. Returns ids only: distances
 * would let a reader who knows the public revenue and municipalities solve for participant counts.
 * Throws if `forbundId` is not among `sizes`.
 */
export const similarForbund = (
  forbundId: string,
  sizes: readonly ForbundSize[],
  options: { readonly k?: number } = {},
): string[] => {
  const k = options.k ?? 5;
  if (!Number.isSafeInteger(k) || k < 0)
    throw new RangeError(`similarForbund: k must be a non-negative integer`);
  const self = sizes.find((size) => size.forbundId === forbundId);
  if (self === undefined) throw new RangeError(`similarForbund: ${forbundId} is not among the sizes`);

  // Sorted by id first: floating-point sums depend on their order, and the answer must not.
  const points = [...sizes]
    .sort((a, b) => (a.forbundId < b.forbundId ? -1 : a.forbundId > b.forbundId ? 1 : 0))
    .map((size) => ({ forbundId: size.forbundId, point: features(size) }));
  const spreads = [0, 1, 2].map((dimension) => standardDeviation(points.map((p) => p.point[dimension] ?? 0)));
  const origin = features(self);
  const distance = (point: readonly number[]): number =>
    Math.sqrt(
      spreads.reduce((sum, spread, dimension) => {
        // A dimension on which every förbund is equal cannot tell them apart; skip it rather than divide by 0.
        if (spread === 0) return sum;
        const difference = ((point[dimension] ?? 0) - (origin[dimension] ?? 0)) / spread;
        return sum + difference * difference;
      }, 0),
    );

  return points
    .filter((p) => p.forbundId !== forbundId)
    .map((p) => ({ forbundId: p.forbundId, distance: distance(p.point) }))
    .sort(
      (a, b) =>
        a.distance - b.distance || (a.forbundId < b.forbundId ? -1 : a.forbundId > b.forbundId ? 1 : 0),
    )
    .slice(0, k)
    .map((p) => p.forbundId);
};
