import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { ActivityFollowUpForm, GoalSummaryForm, IndicatorFollowUpForm } from './follow-up-forms.tsx';
import type { FollowUpGoal } from './follow-up-shared.ts';
import { FollowUpStatusBadge } from './follow-up-status.tsx';
import { actualText, targetText } from './follow-up-text.ts';

/** Which form of the card is open: one at a time, by what it follows up. */
type Editing = { kind: 'indicator' | 'activity'; id: string } | { kind: 'goal' } | null;

/**
 * One goal's follow-up for the period: its status, its indicators (target, actual, status,
 * comment), its activities and its summary; editors open a form per row. After a save or cancel,
 * focus returns to the button that opened the form.
 */
export function FollowUpGoalCard({
  goal,
  period,
  canEdit,
  onSaved,
}: {
  goal: FollowUpGoal;
  period: string;
  canEdit: boolean;
  onSaved: (notice: Message) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const name = [goal.code, goal.title].filter(Boolean).join(' ');
  const headingId = `follow-up-goal-${goal.id}`;
  const buttonId = (key: string) => `follow-up-edit-${key}`;
  const close = (key: string) => (notice: Message | null) => {
    setEditing(null);
    if (notice) onSaved(notice);
    // The form is gone after this render; its opener is back in the card.
    requestAnimationFrame(() => document.getElementById(buttonId(key))?.focus());
  };
  const editButton = (key: string, label: string, open: Editing, text = t('planFollowUp.forms.edit')) =>
    canEdit ? (
      <button
        type="button"
        id={buttonId(key)}
        className="button button--secondary button--small no-print"
        aria-label={label}
        onClick={() => setEditing(open)}
      >
        {text}
      </button>
    ) : null;

  return (
    <section className="follow-up-goal" aria-labelledby={headingId}>
      <h2 id={headingId} className="follow-up-goal__title">
        {name}
      </h2>
      {goal.areaTitle ? <p className="follow-up-goal__area">{goal.areaTitle}</p> : null}
      <p className="follow-up-goal__status">
        {t('planFollowUp.sheet.goalStatus')}: <FollowUpStatusBadge status={goal.status} />
      </p>

      <h3>{t('planFollowUp.indicators.title')}</h3>
      {goal.indicators.length === 0 ? (
        <p>{t('planFollowUp.indicators.none')}</p>
      ) : (
        <ScrollRegion label={t('planFollowUp.indicators.caption', { goal: name })}>
          <table className="plan-table follow-up-table">
            <caption className="visually-hidden">
              {t('planFollowUp.indicators.caption', { goal: name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('planFollowUp.indicators.indicator')}</th>
                <th scope="col">{t('planFollowUp.indicators.target')}</th>
                <th scope="col">{t('planFollowUp.indicators.actual')}</th>
                <th scope="col">{t('planFollowUp.indicators.status')}</th>
                <th scope="col">{t('planFollowUp.indicators.comment')}</th>
                {canEdit ? (
                  <th scope="col" className="no-print">
                    <span className="visually-hidden">{t('planFollowUp.forms.edit')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {goal.indicators.map((indicator) => (
                <tr key={indicator.id}>
                  <th scope="row">
                    {indicator.text}
                    <span className="follow-up-source">
                      {' '}
                      ({t(`planFollowUp.indicators.sources.${indicator.source}`)})
                    </span>
                  </th>
                  <td>{targetText(t, indicator)}</td>
                  <td>{actualText(t, indicator)}</td>
                  <td>
                    <FollowUpStatusBadge status={indicator.status} />
                  </td>
                  <td className="plan-text">{indicator.comment}</td>
                  {canEdit ? (
                    <td className="no-print">
                      {editButton(
                        `indicator-${indicator.id}`,
                        t('planFollowUp.forms.editIndicator', { name: indicator.text }),
                        {
                          kind: 'indicator',
                          id: indicator.id,
                        },
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {goal.indicators.map((indicator) =>
        editing?.kind === 'indicator' && editing.id === indicator.id ? (
          <IndicatorFollowUpForm
            key={indicator.id}
            indicator={indicator}
            period={period}
            onDone={close(`indicator-${indicator.id}`)}
          />
        ) : null,
      )}

      <h3>{t('planFollowUp.activities.title')}</h3>
      {goal.activities.length === 0 ? (
        <p>{t('planFollowUp.activities.none')}</p>
      ) : (
        <ul className="follow-up-activities">
          {goal.activities.map((activity) => (
            <li key={activity.id}>
              <p className="follow-up-activities__text">
                {activity.text}
                {activity.responsible
                  ? ` (${t('planFollowUp.activities.responsible')}: ${activity.responsible})`
                  : ''}
              </p>
              <p>
                {t('planFollowUp.activities.status')}:{' '}
                {t(`planFollowUp.activities.statuses.${activity.status ?? 'unset'}`)}
                {activity.comment ? <span className="plan-text"> – {activity.comment}</span> : null}{' '}
                {editButton(
                  `activity-${activity.id}`,
                  t('planFollowUp.forms.editActivity', { name: activity.text }),
                  {
                    kind: 'activity',
                    id: activity.id,
                  },
                )}
              </p>
              {editing?.kind === 'activity' && editing.id === activity.id ? (
                <ActivityFollowUpForm
                  activity={activity}
                  period={period}
                  onDone={close(`activity-${activity.id}`)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('planFollowUp.goalSummary.title')}</h3>
      <p className="plan-text follow-up-goal__summary">
        {goal.summary.comment || t('planFollowUp.goalSummary.none')}
      </p>
      {editButton(
        `goal-${goal.id}`,
        t('planFollowUp.forms.editGoal', { name }),
        { kind: 'goal' },
        t('planFollowUp.forms.writeSummary'),
      )}
      {editing?.kind === 'goal' ? (
        <GoalSummaryForm goal={goal} period={period} onDone={close(`goal-${goal.id}`)} />
      ) : null}
    </section>
  );
}
