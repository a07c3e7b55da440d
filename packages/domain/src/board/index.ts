// The board and its meetings (issue 21): one module per rule, exported here.
export * from './board.ts';
export * from './decision.ts';
export * from './meeting.ts';
export * from './meeting-document.ts';
