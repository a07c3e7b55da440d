import { createRouter } from '../../trpc/init.ts';

/**
 * `applicationReview.*` (issue 22, applications for funds): the formal checklist and criteria (admins), the formal check's answers, reviews with their jäv declaration, opinion, recommendation and scores.
 * See ARCHITECTURE.md, "Ansökningar".
 */
export const applicationReviewRouter = createRouter({});
