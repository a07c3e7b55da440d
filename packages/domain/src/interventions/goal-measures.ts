import type { CountMeasureId, ShareMeasureId } from './goal.ts';
import { type ParticipantFigures, participantsInPeriod, personsReached } from './participant-figures.ts';
import { type Share, shareOf } from './share.ts';

/**
 * The actual of a count measure from one period's figures; null when the figures do not say
 * (none reported, the other kind, exits not recorded, or `entered`, which is typed in).
 */
export function computeCountMeasure(
  measure: CountMeasureId,
  figures: ParticipantFigures | null,
): number | null {
  if (!figures) return null;
  if (figures.kind === 'structural') {
    switch (measure) {
      case 'meetings_held':
        return figures.meetingsHeld;
      case 'staff_reached':
        return figures.staffReached;
      case 'managers_reached':
        return figures.managersReached;
      case 'persons_reached':
        return personsReached(figures);
      default:
        return null;
    }
  }
  switch (measure) {
    case 'new_participants':
      return figures.new.total;
    case 'participants':
      return participantsInPeriod(figures).total;
    case 'ended_participants':
      return figures.ended?.total ?? null;
    case 'ended_to_work':
      return figures.outcomes?.work.total ?? null;
    case 'ended_to_work_or_studies':
      return figures.outcomes ? figures.outcomes.work.total + figures.outcomes.studies.total : null;
    default:
      return null;
  }
}

/**
 * The actual of a share measure as an exact fraction; null when the figures do not say or the
 * denominator is 0 (no one ended: there is no share to work).
 */
export function computeShareMeasure(
  measure: ShareMeasureId,
  figures: ParticipantFigures | null,
): Share | null {
  if (figures?.kind !== 'individual') return null;
  const { outcomes, ended } = figures;
  switch (measure) {
    case 'ended_to_work':
      return outcomes && ended ? shareOf(outcomes.work.total, ended.total) : null;
    case 'ended_to_studies':
      return outcomes && ended ? shareOf(outcomes.studies.total, ended.total) : null;
    case 'ended_to_work_or_studies':
      return outcomes && ended ? shareOf(outcomes.work.total + outcomes.studies.total, ended.total) : null;
    case 'women_among_new':
      return shareOf(figures.new.women, figures.new.total);
    case 'women_among_participants': {
      const participants = participantsInPeriod(figures);
      return shareOf(participants.women, participants.total);
    }
  }
}
