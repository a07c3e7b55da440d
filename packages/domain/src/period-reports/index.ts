// Period reports (issue 23): the content model, kinds and sources, templates, numbering, periods.

export * from './blocks.ts';
export * from './content-sections.ts';
export * from './document.ts';
export * from './economy-sections.ts';
export * from './numbering.ts';
export * from './output-logo.ts';
export * from './period.ts';
export * from './report-content-inputs.ts';
export * from './report-core.ts';
export * from './report-enums.ts';
export * from './templates.ts';
export * from './workflow-all.ts';
