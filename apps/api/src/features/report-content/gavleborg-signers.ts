/**
 * Gävleborg's board as §4 lists its signers in the demo (tests of the live and the adopted report).
 * The seed signs "Gabriella Persson Turdell"; the demo's board seat names her Gabriella Persson.
 */
export const gavleborgSigners = [
  { name: 'Tommy Berger', role: 'Ordförande' },
  { name: 'Kenneth Axling', role: 'Vice ordförande' },
  ...[
    'Eva Alner Liljedahl',
    'Gabriella Persson',
    'Einar Wängmark',
    'Ove Schönning',
    'Stefan Nybom',
    'Marianne Persson',
  ].map((name) => ({ name, role: 'Ledamot' })),
];
