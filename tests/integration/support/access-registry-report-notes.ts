/**
 * Access rules of `reportNotes.* (issue 23: the notes specifying statement lines)`, spread into the main registry.
 * The victim's rows: support/victim-period-reports.ts.
 */
import type { AccessRule } from './access-registry.ts';

export const reportNotesAccessRules: Record<string, AccessRule> = {};
