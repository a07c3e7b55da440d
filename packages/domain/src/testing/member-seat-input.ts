import type { BoardSeatInput } from '../board/board.ts';

/**
 * A seat as the form sends it for an ordinary member of `bodyId` through the 2019–2023 term,
 * representing no one, without title or note: what the board's schema tests and the API's
 * organisation tests start from and change a field of.
 */
export const memberSeatInput = (bodyId: string, personId: string) =>
  ({
    bodyId,
    personId,
    role: 'member',
    title: '',
    represents: '',
    substituteOrder: '',
    fromDate: '2019-04-01',
    toDate: '2023-03-31',
    note: '',
  }) satisfies BoardSeatInput;
