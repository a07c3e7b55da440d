import type { AppRouter } from '@samsyn/api';
import type { ApplicationFields } from '@samsyn/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { useParams } from 'react-router';

type Outputs = inferRouterOutputs<AppRouter>['applications'];
export type ApplicationDetail = Outputs['get'];
export type ApplicationListItem = Outputs['list'][number];

/** The förbund's slug from the URL (pages live under /f/:slug/ansokningar). */
export function useSlug(): string {
  return useParams().slug ?? '';
}

/** The saved fields of an application, as the edit form takes them. */
export function fieldsOfDetail(detail: ApplicationDetail): ApplicationFields {
  const { application } = detail;
  return {
    title: application.title,
    diaryNumber: application.diaryNumber,
    kind: application.kind,
    leadMemberId: application.leadMemberId,
    partyMemberIds: application.partyMemberIds,
    localGroupId: application.localGroupId,
    contact: application.contact,
    targetGroupIds: application.targetGroupIds as ApplicationFields['targetGroupIds'],
    targetGroupText: application.targetGroupText,
    need: application.need,
    purpose: application.purpose,
    collaboration: application.collaboration,
    startDate: application.startDate,
    endDate: application.endDate,
    expectedYear: application.expectedYear,
    expectedAmountOre: application.expectedAmountOre,
    goals: detail.goals,
    budgetYears: detail.budgetYears,
  };
}
