export { halfYearSectionTitles } from './half-year-section-titles.ts';
