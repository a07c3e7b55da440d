/** Swedish strings shared by the board's pages (issue 21): the menu entry and the sub-menu. */
export const board = {
  ui: {
    title: 'Styrelse',
    nav: {
      label: 'Styrelse och möten',
      meetings: 'Möten',
      decisions: 'Beslut',
      organisation: 'Organisation',
      boardWork: 'Styrelsens arbete',
    },
  },
  errors: {
    board: {
      minutesApproved:
        'Protokollet är justerat och kan inte ändras. En rättelse görs som ett nytt beslut vid ett senare möte.',
    },
  },
};
