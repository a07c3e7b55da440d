import { z } from 'zod';
import { multiLineText } from '../text.ts';
import type { Validated } from '../validation-problem.ts';

/**
 * pre_study (förstudie) → ongoing (pågående) ⇄ paused (vilande) → ended (avslutad).
 *
 * - A pre-study may become an intervention, be postponed (paused: Mentorskap 2019 "skjuta upp
 *   starten") or end without one (the study answered no).
 * - Nothing goes back to pre_study: a new study of the same thing is a new intervention.
 * - ended is final. Figures and follow-up refer to it; reopening is only allowed as an explicit act
 *   (`reopen: true`, recorded in the history), and always back to ongoing.
 */
export const interventionStatuses = ['pre_study', 'ongoing', 'paused', 'ended'] as const;
export type InterventionStatus = (typeof interventionStatuses)[number];
export const interventionStatusSchema = z.enum(interventionStatuses, { error: 'intervention.statusInvalid' });

const allowedTransitions: Record<InterventionStatus, readonly InterventionStatus[]> = {
  pre_study: ['ongoing', 'paused', 'ended'],
  ongoing: ['paused', 'ended'],
  paused: ['ongoing', 'ended'],
  ended: [],
};

/** A status change as the history keeps it: what it became, from which day, and why. */
export const statusChangeSchema = z.object({
  to: interventionStatusSchema,
  effectiveDate: z.iso.date({ error: 'intervention.dateInvalid' }),
  isReopening: z.boolean({ error: 'intervention.reopenInvalid' }),
  note: multiLineText().max(2000, 'intervention.statusNoteTooLong').optional(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

/** The statuses `from` may move to without reopening. */
export function nextStatuses(from: InterventionStatus): readonly InterventionStatus[] {
  return allowedTransitions[from];
}

/**
 * Checks a status change. Problem keys: `intervention.statusUnchanged`,
 * `intervention.statusTransitionNotAllowed`, `intervention.reopenRequired` (ended → ongoing without
 * saying so), `intervention.reopenOnlyToOngoing`, `intervention.reopenOnlyFromEnded`.
 */
export function checkStatusChange(
  from: InterventionStatus,
  to: InterventionStatus,
  options: { isReopening: boolean } = { isReopening: false },
): Validated<InterventionStatus> {
  const path = ['to'];
  if (options.isReopening) {
    if (from !== 'ended') return { ok: false, problems: [{ key: 'intervention.reopenOnlyFromEnded', path }] };
    if (to !== 'ongoing') return { ok: false, problems: [{ key: 'intervention.reopenOnlyToOngoing', path }] };
    return { ok: true, value: to };
  }
  if (from === to) return { ok: false, problems: [{ key: 'intervention.statusUnchanged', path }] };
  if (from === 'ended') return { ok: false, problems: [{ key: 'intervention.reopenRequired', path }] };
  if (!allowedTransitions[from].includes(to)) {
    return {
      ok: false,
      problems: [{ key: 'intervention.statusTransitionNotAllowed', path, params: { from, to } }],
    };
  }
  return { ok: true, value: to };
}

/**
 * Replays a status history (oldest first) from the status an intervention was registered with and
 * returns the current status, or every problem found: a forbidden step, or dates going backwards.
 */
export function replayStatusHistory(
  initial: InterventionStatus,
  history: readonly StatusChange[],
): Validated<InterventionStatus> {
  const problems = [];
  let current = initial;
  let previousDate: string | undefined;
  for (const [index, change] of history.entries()) {
    if (previousDate !== undefined && change.effectiveDate < previousDate) {
      problems.push({ key: 'intervention.statusHistoryOutOfOrder', path: [index, 'effectiveDate'] });
    }
    previousDate = change.effectiveDate;
    const checked = checkStatusChange(current, change.to, { isReopening: change.isReopening });
    if (checked.ok) current = checked.value;
    else
      problems.push(...checked.problems.map((problem) => ({ ...problem, path: [index, ...problem.path] })));
  }
  return problems.length === 0 ? { ok: true, value: current } : { ok: false, problems };
}
