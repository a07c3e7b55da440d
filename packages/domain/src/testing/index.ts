export { adoptedHalfYear2019 } from './adopted-half-year-2019.ts';
export { gavleborg2019EquityShare } from './gavleborg-2019-equity-share.ts';
export { gavleborg2019H1FinsamCheck } from './gavleborg-2019-h1-finsam-check.ts';
export {
  gavleborg2020Commitments,
  gavleborg2020PrintedGranted,
  gavleborg2020PrintedOfWhich,
} from './gavleborg-2020-commitments.ts';
export { gavleborgBoard2019 } from './gavleborg-board-2019.ts';
export { halfYearSectionTitles } from './half-year-section-titles.ts';
export { interventionFundsLine } from './intervention-funds-line.ts';
export { memberSeatInput } from './member-seat-input.ts';
export { nnsChangedQuestionTextRefusal } from './nns-changed-question-text.ts';
export { workbookSheetNames } from './workbook-sheet-names.ts';
