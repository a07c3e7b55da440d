/**
 * Access rules of `reportWorkflow.* (issue 23: assignment, deadlines, ready marks, comments, reminders, adoption)`, spread into the main registry.
 * The victim's rows: support/victim-period-reports.ts.
 */
import type { AccessRule } from './access-registry.ts';

export const reportWorkflowAccessRules: Record<string, AccessRule> = {};
