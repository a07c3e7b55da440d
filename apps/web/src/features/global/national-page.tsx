/** `/nationellt`: the national overview (features/national). */
export { NationalOverviewPage as NationalPage } from '../national/national-overview-page.tsx';
