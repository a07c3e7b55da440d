// The economy's generated sections (issue 23, R3) and the notes' inputs.

export * from './report-notes-inputs.ts';
export * from './sections/economy-balance-sheet.ts';
export * from './sections/economy-budget.ts';
export * from './sections/economy-forecast.ts';
export * from './sections/economy-income-statement.ts';
export * from './sections/economy-notes.ts';
export * from './sections/economy-operating-statement.ts';
export * from './sections/economy-summary.ts';
