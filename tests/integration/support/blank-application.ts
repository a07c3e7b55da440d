/**
 * The fields of an application (`applicationFieldsSchema`) that a test has no need to fill: no
 * dates, goals or budget, empty texts. A test spreads it and names what it is about (title, kind,
 * lead and parties).
 */
export const blankApplicationFields = {
  diaryNumber: '',
  localGroupId: null,
  contact: '',
  targetGroupIds: [],
  targetGroupText: '',
  need: '',
  purpose: '',
  collaboration: '',
  startDate: null,
  endDate: null,
  expectedYear: null,
  expectedAmountOre: null,
  goals: [],
  budgetYears: [],
};
