import type { DemoBoard } from './demo-board-types.ts';
import { gavleborgMeetings } from './gavleborg-meetings.ts';
import {
  gavleborgBodies,
  gavleborgPeople,
  gavleborgSeatRules,
  gavleborgSeats,
} from './gavleborg-organisation.ts';

/** Samordningsförbund Gävleborg's board and bodies: see gavleborg-organisation.ts and gavleborg-meetings.ts. */
export const gavleborgBoard: DemoBoard = {
  tenantSlug: 'gavleborg',
  bodies: gavleborgBodies,
  people: gavleborgPeople,
  seats: gavleborgSeats,
  seatRules: gavleborgSeatRules,
  meetings: gavleborgMeetings,
  planAdoptions: [
    { plan: 'Verksamhetsplan och budget 2020–2022', meeting: 'gavleborg-fs-2019-11-29', paragraph: 20 },
  ],
};
