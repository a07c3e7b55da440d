/**
 * A structural intervention's figures for one period, as `interventions.figures.save` takes them:
 * nobody reached and no meeting unless a test says otherwise (`{ staffReached: 1, meetingsHeld: 1 }`).
 */
export function structuralFigures(
  counts: Partial<
    Record<'staffReached' | 'managersReached' | 'unspecifiedReached' | 'meetingsHeld', number>
  > = {},
) {
  return {
    kind: 'structural' as const,
    staffReached: 0,
    managersReached: 0,
    unspecifiedReached: 0,
    meetingsHeld: 0,
    ...counts,
  };
}
