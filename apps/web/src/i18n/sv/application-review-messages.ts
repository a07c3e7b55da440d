/**
 * The errors and field messages of the formal check, the reviews and the yttrande (issue 22): eager, since any API answer or form may
 * need them (`errors.applicationReview.*`, `validation.applicationReview.*`). The page strings (`./application-review.ts`) load with the pages.
 */
export const applicationReviewMessages = {
  errors: { applicationReview: {} },
  validation: { applicationReview: {} },
};
