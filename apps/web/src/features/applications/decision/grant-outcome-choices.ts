import { grantOutcomes } from '@samsyn/domain';
import type { TFunction } from 'i18next';

/**
 * A grant decision's outcomes (bifall, avslag) as choices: the decision taken outside a meeting and
 * a meeting's § on an application ask the same question.
 */
export const grantOutcomeChoices = (t: TFunction) =>
  grantOutcomes.map((outcome) => ({ value: outcome, label: t(`applicationDecision.outcomes.${outcome}`) }));
