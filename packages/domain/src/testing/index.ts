export {
  gavleborg2020Commitments,
  gavleborg2020PrintedGranted,
  gavleborg2020PrintedOfWhich,
} from './gavleborg-2020-commitments.ts';
export { halfYearSectionTitles } from './half-year-section-titles.ts';
