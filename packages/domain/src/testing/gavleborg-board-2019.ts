/**
 * Gävleborg's board in 2019-H1 as § 2 of the half-year report prints its composition (ordinary
 * members, then substitutes): the expectation the domain's board-work test and the browser test
 * of "Styrelsens arbete" share.
 */
export const gavleborgBoard2019 = {
  ordinary: [
    'Tommy Berger (S) ordförande - Region Gävleborg',
    'Kenneth Axling (S) vice ordförande - Kommunerna',
    'Eva Alner Liljedahl - Försäkringskassan',
    'Gabriella Persson - Arbetsförmedlingen',
    'Einar Wängmark (S) - Ovanåkers kommun',
    'Ove Schönning (S) - Ljusdals kommun',
    'Stefan Nybom (S) - Nordanstigs kommun',
    'Marianne Persson (C) - Söderhamns kommun',
  ],
  substitutes: [
    'Angelica Gabrielsson - Försäkringskassan',
    'Jonas Erlandsson - Arbetsförmedlingen',
    'Hans Backman (L) - Region Gävleborg',
    'Stefan Grandien (S) - Gävle kommun',
    'Henrik Persson (S) - Hudiksvalls kommun',
    'Hans-Olov Frestadius (S) - Sandvikens kommun',
    'Erika Engberg (S) - Bollnäs kommun',
    'Anders Öquist (S) - Ockelbo kommun',
  ],
};
