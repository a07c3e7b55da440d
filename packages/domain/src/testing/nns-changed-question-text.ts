/**
 * What checking docs/samples/nns-resultat-andrad-fraga.csv answers (its row 5 asks a question in
 * other words than the NNS questionnaire): the expectation the domain's check and the API's import
 * preview share.
 */
export const nnsChangedQuestionTextRefusal = {
  ok: false,
  problems: [
    {
      reason: 'nns.changedText',
      row: 5,
      text: 'Jag känner mig mer redo att arbeta eller studera efter insatsen.',
      expected: 'Jag känner mig mer redo att kunna arbeta eller studera efter insatsen.',
    },
  ],
} as const;
