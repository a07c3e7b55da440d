import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { errorMessageOf } from '../../lib/error-message.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { focusMoved } from './plan-form-parts.tsx';
import { PlanGoalCard } from './plan-goal-card.tsx';
import { NodeButtons } from './plan-node-buttons.tsx';
import { PlanAreaForm, PlanGoalForm } from './plan-node-forms.tsx';
import type { PlanAreaEntry, PlanTree } from './plan-shared.ts';
import {
  type MovableKind,
  savedNotice,
  type TreeControls,
  type TreeDeletion,
  type TreeEditing,
  treeButtonId,
} from './plan-tree-state.ts';

const deleteTexts = {
  area: { title: 'plan.tree.deleteAreaTitle', body: 'plan.tree.deleteAreaBody' },
  goal: { title: 'plan.tree.deleteGoalTitle', body: 'plan.tree.deleteGoalBody' },
  indicator: { title: 'plan.indicator.deleteTitle', body: 'plan.indicator.deleteBody' },
  activity: { title: 'plan.activity.deleteTitle', body: 'plan.activity.deleteBody' },
} as const;

/** The plan's tree: areas → goals → indicators and activities, with the interventions per goal. */
export function PlanTreeSection({ plan, isEditable }: { plan: PlanTree; isEditable: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const headingId = useId();
  const treeRef = useRef<HTMLElement>(null);
  const [editing, setEditing] = useState<TreeEditing | null>(null);
  const [deletion, setDeletion] = useState<TreeDeletion | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);
  const [focusAfter, setFocusAfter] = useState<{ key: string; step: -1 | 1 } | null>(null);
  const invalidates = () => [{ queryKey: trpc.plans.pathKey() }];
  const move = useApiMutation(trpc.plans.move.mutationOptions(), { invalidates });
  const removeArea = useApiMutation(trpc.plans.deleteArea.mutationOptions(), { invalidates });
  const removeGoal = useApiMutation(trpc.plans.deleteGoal.mutationOptions(), { invalidates });
  const removeIndicator = useApiMutation(trpc.plans.deleteIndicator.mutationOptions(), { invalidates });
  const removeActivity = useApiMutation(trpc.plans.deleteActivity.mutationOptions(), { invalidates });
  const removers = {
    area: removeArea,
    goal: removeGoal,
    indicator: removeIndicator,
    activity: removeActivity,
  };
  const remover = deletion ? removers[deletion.kind] : null;

  useEffect(() => {
    if (!focusAfter) return;
    focusMoved(treeRef.current, focusAfter.key, focusAfter.step);
    setFocusAfter(null);
  }, [focusAfter]);

  const edit = { tenant: slug, planId: plan.id, expectedVersion: plan.version };
  const controls: TreeControls = {
    isEditable,
    editing,
    isMoving: move.isPending,
    edit: (next) => {
      setNotice(null);
      setEditing(next);
    },
    done: (isSaved) => {
      const returnTo = editing?.returnFocusTo;
      setEditing(null);
      if (isSaved) setNotice(savedNotice);
      if (returnTo) requestAnimationFrame(() => document.getElementById(returnTo)?.focus());
    },
    askDelete: (next) => {
      remover?.reset();
      setDeletion(next);
    },
    move: (kind: MovableKind, id: string, step: -1 | 1) => {
      setNotice(null);
      move.mutate(
        { ...edit, kind, id, step },
        { onSuccess: () => setFocusAfter({ key: `${kind}-${id}`, step }) },
      );
    },
  };

  function confirmDelete() {
    if (!deletion) return;
    const done = {
      onSuccess: () => {
        setDeletion(null);
        setNotice({ key: 'plan.tree.deleted' });
      },
    };
    if (deletion.kind === 'area') removeArea.mutate({ ...edit, areaId: deletion.id }, done);
    if (deletion.kind === 'goal') removeGoal.mutate({ ...edit, goalId: deletion.id }, done);
    if (deletion.kind === 'indicator') removeIndicator.mutate({ ...edit, indicatorId: deletion.id }, done);
    if (deletion.kind === 'activity') removeActivity.mutate({ ...edit, activityId: deletion.id }, done);
  }

  const looseGoals = plan.goals.filter((goal) => goal.areaId === null);
  const goalLevel = plan.areas.length > 0 ? 4 : 3;
  const addGoalId = treeButtonId('plan', plan.id, 'add-goal');
  const addAreaId = treeButtonId('plan', plan.id, 'add-area');
  return (
    <section aria-labelledby={headingId} className="plan-section plan-tree" ref={treeRef}>
      <h2 id={headingId}>{t('plan.tree.title')}</h2>
      <Notice message={notice} />
      <ErrorNotice message={move.isError ? errorMessageOf(move.error) : null} />
      {plan.goals.length === 0 && plan.areas.length === 0 ? <p>{t('plan.tree.empty')}</p> : null}
      {plan.areas.map((area, index) => (
        <AreaBlock
          key={area.id}
          plan={plan}
          area={area}
          isFirst={index === 0}
          isLast={index === plan.areas.length - 1}
          controls={controls}
        />
      ))}
      {plan.areas.length > 0 && looseGoals.length > 0 ? <h3>{t('plan.tree.noArea')}</h3> : null}
      {looseGoals.map((goal, index) => (
        <PlanGoalCard
          key={goal.id}
          plan={plan}
          goal={goal}
          level={goalLevel}
          isFirst={index === 0}
          isLast={index === looseGoals.length - 1}
          controls={controls}
        />
      ))}
      {editing?.kind === 'goal' && editing.id === null && editing.areaId === null ? (
        <PlanGoalForm plan={plan} goal={null} areaId={null} onDone={controls.done} />
      ) : null}
      {editing?.kind === 'area' && editing.id === null ? (
        <PlanAreaForm plan={plan} area={null} onDone={controls.done} />
      ) : null}
      {isEditable && editing === null ? (
        <div className="button-row no-print">
          <button
            id={addGoalId}
            type="button"
            className="button button--primary"
            onClick={() => controls.edit({ kind: 'goal', id: null, areaId: null, returnFocusTo: addGoalId })}
          >
            {t('plan.tree.addGoal')}
          </button>
          <button
            id={addAreaId}
            type="button"
            className="button button--secondary"
            onClick={() => controls.edit({ kind: 'area', id: null, returnFocusTo: addAreaId })}
          >
            {t('plan.tree.addArea')}
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        isOpen={deletion !== null}
        title={deletion ? t(deleteTexts[deletion.kind].title) : ''}
        confirmLabel={t('plan.common.delete')}
        isPending={remover?.isPending ?? false}
        error={remover?.error ? errorMessageOf(remover.error) : null}
        onConfirm={confirmDelete}
        onCancel={() => setDeletion(null)}
      >
        <p>{deletion ? t(deleteTexts[deletion.kind].body, { name: deletion.name }) : null}</p>
      </ConfirmDialog>
    </section>
  );
}

function AreaBlock({
  plan,
  area,
  isFirst,
  isLast,
  controls,
}: {
  plan: PlanTree;
  area: PlanAreaEntry;
  isFirst: boolean;
  isLast: boolean;
  controls: TreeControls;
}) {
  const { t } = useTranslation();
  const goals = plan.goals.filter((goal) => goal.areaId === area.id);
  const addGoalId = treeButtonId('area', area.id, 'add-goal');
  const isEditingArea = controls.editing?.kind === 'area' && controls.editing.id === area.id;
  return (
    <section className="plan-area" aria-label={area.title}>
      <h3>{area.title}</h3>
      {area.description ? <p className="plan-text">{area.description}</p> : null}
      <NodeButtons
        kind="area"
        id={area.id}
        name={area.title}
        isFirst={isFirst}
        isLast={isLast}
        controls={controls}
        onEdit={(returnFocusTo) => controls.edit({ kind: 'area', id: area.id, returnFocusTo })}
        isBlock
      />
      {isEditingArea ? <PlanAreaForm plan={plan} area={area} onDone={controls.done} /> : null}
      {goals.map((goal, index) => (
        <PlanGoalCard
          key={goal.id}
          plan={plan}
          goal={goal}
          level={4}
          isFirst={index === 0}
          isLast={index === goals.length - 1}
          controls={controls}
        />
      ))}
      {controls.editing?.kind === 'goal' &&
      controls.editing.id === null &&
      controls.editing.areaId === area.id ? (
        <PlanGoalForm plan={plan} goal={null} areaId={area.id} onDone={controls.done} />
      ) : null}
      {controls.isEditable && controls.editing === null ? (
        <p className="no-print">
          <button
            id={addGoalId}
            type="button"
            className="button button--secondary"
            aria-label={t('plan.tree.addGoalIn', { name: area.title })}
            onClick={() =>
              controls.edit({ kind: 'goal', id: null, areaId: area.id, returnFocusTo: addGoalId })
            }
          >
            {t('plan.tree.addGoal')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
