import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';

/**
 * The report page's writes, each refetching what it changes: the report and its list (progress,
 * status), and the workflow's answers (differences, adoptable decisions).
 */
export function useReportMutations() {
  const trpc = useTRPC();
  const invalidates = () => [
    { queryKey: trpc.periodReports.pathKey() },
    { queryKey: trpc.reportWorkflow.pathKey() },
  ];
  return {
    move: useApiMutation(trpc.periodReports.sections.move.mutationOptions(), { invalidates }),
    updateSection: useApiMutation(trpc.periodReports.sections.update.mutationOptions(), { invalidates }),
    addSection: useApiMutation(trpc.periodReports.sections.add.mutationOptions(), { invalidates }),
    deleteSection: useApiMutation(trpc.periodReports.sections.delete.mutationOptions(), { invalidates }),
    assign: useApiMutation(trpc.reportWorkflow.assign.mutationOptions(), { invalidates }),
    markSectionReady: useApiMutation(trpc.reportWorkflow.markSectionReady.mutationOptions(), { invalidates }),
    unmarkSectionReady: useApiMutation(trpc.reportWorkflow.unmarkSectionReady.mutationOptions(), {
      invalidates,
    }),
  };
}
