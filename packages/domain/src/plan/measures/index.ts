export * from './catalogue-entries-published.ts';
export * from './equity-share-of-budgeted-revenue.ts';
export * from './interventions-meeting-goals-share.ts';
export * from './local-groups-meeting-per-term-share.ts';
export * from './participant-outcome-share.ts';
