import { type ComputedMeasure, computedMeasureDefinitions, computedMeasures } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { PlanIndicatorForm } from './plan-indicator-form.tsx';
import { goalHeading, indicatorGoalMessage, shortName } from './plan-labels.ts';
import { PlanLinksForm } from './plan-links-form.tsx';
import { NodeButtons } from './plan-node-buttons.tsx';
import { PlanActivityForm, PlanGoalForm } from './plan-node-forms.tsx';
import type { PlanGoalEntry, PlanTree } from './plan-shared.ts';
import { type TreeControls, treeButtonId } from './plan-tree-state.ts';

const isComputedMeasure = (value: string | null): value is ComputedMeasure =>
  (computedMeasures as readonly (string | null)[]).includes(value);

/** One goal: its indicators (with their source as a label), activities and linked interventions. */
export function PlanGoalCard({
  plan,
  goal,
  level,
  isFirst,
  isLast,
  controls,
}: {
  plan: PlanTree;
  goal: PlanGoalEntry;
  level: 3 | 4;
  isFirst: boolean;
  isLast: boolean;
  controls: TreeControls;
}) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const Heading = level === 3 ? 'h3' : 'h4';
  const Sub = level === 3 ? 'h4' : 'h5';
  const heading = goalHeading(goal);
  const name = shortName(heading);
  const editing = controls.editing;
  const isOpen = (kind: string, id: string | null) =>
    editing !== null && editing.kind === kind && 'id' in editing && editing.id === id;
  const isForThisGoal = editing !== null && 'goalId' in editing && editing.goalId === goal.id;
  const canAdd = controls.isEditable && editing === null;
  const addButton = (kind: 'indicator' | 'activity' | 'links', label: string) => {
    const buttonId = treeButtonId('goal', goal.id, `add-${kind}`);
    return (
      <p className="no-print">
        <button
          id={buttonId}
          type="button"
          className="button button--secondary plan-small-button"
          aria-label={`${label}: ${name}`}
          onClick={() =>
            controls.edit(
              kind === 'links'
                ? { kind, goalId: goal.id, returnFocusTo: buttonId }
                : { kind, id: null, goalId: goal.id, returnFocusTo: buttonId },
            )
          }
        >
          {label}
        </button>
      </p>
    );
  };

  return (
    <section className="plan-goal" aria-label={heading}>
      <Heading className="plan-goal__title">{heading}</Heading>
      {goal.description ? <p className="plan-text">{goal.description}</p> : null}
      <NodeButtons
        kind="goal"
        id={goal.id}
        name={name}
        isFirst={isFirst}
        isLast={isLast}
        controls={controls}
        onEdit={(returnFocusTo) =>
          controls.edit({ kind: 'goal', id: goal.id, areaId: goal.areaId, returnFocusTo })
        }
      />
      {isOpen('goal', goal.id) ? (
        <PlanGoalForm plan={plan} goal={goal} areaId={goal.areaId} onDone={controls.done} />
      ) : null}

      <Sub>{t('plan.tree.indicators')}</Sub>
      {goal.indicators.length === 0 ? <p>{t('plan.tree.noIndicators')}</p> : null}
      <ul className="plan-nodes">
        {goal.indicators.map((indicator, index) => {
          const goalText = indicatorGoalMessage(indicator);
          return (
            <li key={indicator.id} className="plan-node">
              <span className="plan-text">{indicator.text}</span>
              <span className="plan-node__meta">
                <span className={`plan-source plan-source--${indicator.source}`}>
                  {t(`plan.indicator.sources.${indicator.source}`)}
                </span>
                {indicator.source === 'computed' && isComputedMeasure(indicator.computedMeasure) ? (
                  <span>{t(computedMeasureDefinitions[indicator.computedMeasure].labelKey)}</span>
                ) : null}
                {indicator.source === 'nns' && indicator.nnsIndicatorCode ? (
                  <span>NNS {indicator.nnsIndicatorCode}</span>
                ) : null}
                <span>{t(goalText.key, goalText.values)}</span>
              </span>
              <NodeButtons
                kind="indicator"
                id={indicator.id}
                name={shortName(indicator.text)}
                isFirst={index === 0}
                isLast={index === goal.indicators.length - 1}
                controls={controls}
                onEdit={(returnFocusTo) =>
                  controls.edit({ kind: 'indicator', id: indicator.id, goalId: goal.id, returnFocusTo })
                }
              />
              {isOpen('indicator', indicator.id) ? (
                <PlanIndicatorForm
                  plan={plan}
                  goalId={goal.id}
                  indicator={indicator}
                  onDone={controls.done}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      {isForThisGoal && isOpen('indicator', null) ? (
        <PlanIndicatorForm plan={plan} goalId={goal.id} indicator={null} onDone={controls.done} />
      ) : null}
      {canAdd ? addButton('indicator', t('plan.tree.addIndicator')) : null}

      <Sub>{t('plan.tree.activities')}</Sub>
      {goal.activities.length === 0 ? <p>{t('plan.tree.noActivities')}</p> : null}
      <ul className="plan-nodes">
        {goal.activities.map((activity, index) => (
          <li key={activity.id} className="plan-node">
            <span className="plan-text">{activity.text}</span>
            <span className="plan-node__meta">
              <span>{activity.year === null ? t('plan.activity.everyYear') : activity.year}</span>
              {activity.responsible ? (
                <span>
                  {t('plan.activity.responsible')}: {activity.responsible}
                </span>
              ) : null}
            </span>
            <NodeButtons
              kind="activity"
              id={activity.id}
              name={shortName(activity.text)}
              isFirst={index === 0}
              isLast={index === goal.activities.length - 1}
              controls={controls}
              onEdit={(returnFocusTo) =>
                controls.edit({ kind: 'activity', id: activity.id, goalId: goal.id, returnFocusTo })
              }
            />
            {isOpen('activity', activity.id) ? (
              <PlanActivityForm plan={plan} goalId={goal.id} activity={activity} onDone={controls.done} />
            ) : null}
          </li>
        ))}
      </ul>
      {isForThisGoal && isOpen('activity', null) ? (
        <PlanActivityForm plan={plan} goalId={goal.id} activity={null} onDone={controls.done} />
      ) : null}
      {canAdd ? addButton('activity', t('plan.tree.addActivity')) : null}

      <Sub>{t('plan.tree.interventions')}</Sub>
      {goal.interventions.length === 0 ? (
        <p>{t('plan.tree.noInterventions')}</p>
      ) : (
        <ul className="plan-links">
          {goal.interventions.map((intervention) => (
            <li key={intervention.id}>
              <Link to={`/f/${slug}/insatser/${intervention.id}`}>{intervention.name}</Link>
            </li>
          ))}
        </ul>
      )}
      {isForThisGoal && editing?.kind === 'links' ? (
        <PlanLinksForm plan={plan} goal={goal} onDone={controls.done} />
      ) : null}
      {canAdd ? addButton('links', t('plan.tree.linkInterventions')) : null}
    </section>
  );
}
