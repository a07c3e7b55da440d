/**
 * The errors and field messages of board-work (issue 21): eager, since any API answer or form may
 * need them; the page strings (`./board-work.ts`) load with the board's pages.
 */
export const boardWorkMessages = {
  errors: {},
  validation: {
    boardWork: {
      periodInvalid: 'Välj ett halvår eller ett år, till exempel 2019-H1 eller 2019.',
    },
  },
};
