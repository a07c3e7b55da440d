// The board and its meetings (issue 21): one module per rule, exported here.

export * from './attendance.ts';
export * from './board.ts';
export * from './board-work.ts';
export * from './composition.ts';
export * from './conflicts.ts';
export * from './decision.ts';
export * from './fees.ts';
export * from './meeting.ts';
export * from './meeting-document.ts';
export * from './quorum.ts';
export * from './term.ts';
