import { decisionKindNames, formatMoney, type Ore } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { Notice } from '../../../components/notice.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { decisionRefText } from './decision-text.ts';
import { ItemDecisionForm } from './item-decision-form.tsx';
import './decisions.css';

/**
 * An agenda item's decision on the meeting page: shown; written and edited by editors (kind, title
 * prefilled from the item, text) until the minutes are approved; then read-only, and "Rätta beslut"
 * explains that a correction is a new decision at a later meeting.
 */
export function ItemDecision({
  meetingId: _meetingId,
  itemId,
  itemTitle,
  locked,
  concernsApplication = false,
}: {
  meetingId: string;
  itemId: string;
  itemTitle: string;
  locked: boolean;
  /** The item is about an application (issue 22): its decision carries bifall/avslag and the amount. */
  concernsApplication?: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const headingId = useId();
  const [isEditing, setIsEditing] = useState(false);
  // After the form closes (saved or not) or the decision is deleted, focus returns to the button
  // that opens the form, so a keyboard user is not left at the top of the page.
  const editButton = useRef<HTMLButtonElement>(null);
  const [shouldRefocus, setShouldRefocus] = useState(false);
  useEffect(() => {
    if (!shouldRefocus || isEditing) return;
    editButton.current?.focus();
    setShouldRefocus(false);
  }, [shouldRefocus, isEditing]);
  const [isExplaining, setIsExplaining] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const [notice, setNotice] = useState<Message | null>(null);
  const query = useQuery(trpc.decisions.forItem.queryOptions({ tenant: tenant.slug, itemId }));
  const remove = useApiMutation(trpc.decisions.delete.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.decisions.pathKey() }],
  });
  return (
    <section className="item-decision" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('boardDecisions.item.heading')}</h4>
      <Notice message={notice} />
      <QueryState query={query}>
        {({ decision, isLocked: isApproved, meetingDate }) => {
          const isLocked = locked || isApproved;
          const mayEdit = canEdit && !isLocked;
          if (isEditing && mayEdit)
            return (
              <ItemDecisionForm
                itemId={itemId}
                itemTitle={itemTitle}
                meetingDate={meetingDate}
                decision={decision}
                concernsApplication={concernsApplication}
                onDone={(saved) => {
                  setIsEditing(false);
                  setShouldRefocus(true);
                  if (saved) setNotice({ key: 'boardDecisions.item.saved' });
                }}
              />
            );
          return (
            <>
              {decision ? (
                <div>
                  <p>
                    <strong>{decision.title}</strong> ({decisionKindNames[decision.kind]})
                  </p>
                  <p className="decision-text">{decision.text}</p>
                  {decision.grantOutcome ? (
                    <p>
                      <strong>
                        {decision.grantOutcome === 'granted'
                          ? t('applicationDecision.item.granted', {
                              amount: formatMoney((decision.grantedAmountOre ?? 0) as Ore),
                            })
                          : t('applicationDecision.item.rejected')}
                      </strong>
                    </p>
                  ) : null}
                  {decision.corrects ? (
                    <p>{t('boardDecisions.correctsRef', { ref: decisionRefText(t, decision.corrects) })}</p>
                  ) : null}
                  <p className="no-print">
                    <Link
                      to={`/f/${tenant.slug}/beslut/${decision.id}`}
                      aria-label={t('boardDecisions.item.openRegisterNamed', { name: decision.title })}
                    >
                      {t('boardDecisions.item.openRegister')}
                    </Link>
                  </p>
                </div>
              ) : (
                <p>{isLocked ? t('boardDecisions.item.noneLocked') : t('boardDecisions.item.none')}</p>
              )}
              {canEdit && isLocked && decision ? <p>{t('boardDecisions.item.locked')}</p> : null}
              {mayEdit ? (
                <div className="button-row no-print">
                  <button
                    ref={editButton}
                    type="button"
                    className="button button--secondary"
                    aria-label={t(
                      decision ? 'boardDecisions.item.editNamed' : 'boardDecisions.item.writeNamed',
                      {
                        name: itemTitle,
                      },
                    )}
                    onClick={() => setIsEditing(true)}
                  >
                    {decision ? t('boardDecisions.item.edit') : t('boardDecisions.item.write')}
                  </button>
                  {decision ? (
                    <button
                      type="button"
                      className="button button--danger"
                      aria-label={t('boardDecisions.item.deleteNamed', { name: itemTitle })}
                      onClick={() => setIsDeleting(true)}
                    >
                      {t('boardDecisions.item.delete')}
                    </button>
                  ) : null}
                </div>
              ) : null}
              {canEdit && isLocked && decision ? (
                <div className="no-print">
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-expanded={isExplaining}
                    aria-label={t('boardDecisions.item.correctNamed', { name: decision.title })}
                    onClick={() => setIsExplaining((open) => !open)}
                  >
                    {t('boardDecisions.item.correct')}
                  </button>
                  {isExplaining ? (
                    <p>
                      {t('boardDecisions.item.correctHow')}{' '}
                      <Link to={`/f/${tenant.slug}/moten`}>{t('board.nav.meetings')}</Link>
                    </p>
                  ) : null}
                </div>
              ) : null}
              {decision ? (
                <ConfirmDialog
                  isOpen={isDeleting}
                  title={t('boardDecisions.item.deleteTitle')}
                  confirmLabel={t('boardDecisions.item.delete')}
                  tone="danger"
                  isPending={remove.isPending}
                  error={remove.error ? errorMessageOf(remove.error) : null}
                  onConfirm={() =>
                    remove.mutate(
                      { tenant: tenant.slug, decisionId: decision.id, expectedVersion: decision.version },
                      {
                        onSuccess: () => {
                          setIsDeleting(false);
                          setShouldRefocus(true);
                          setNotice({ key: 'boardDecisions.item.deleted' });
                        },
                      },
                    )
                  }
                  onCancel={() => {
                    remove.reset();
                    setIsDeleting(false);
                  }}
                >
                  <p>{t('boardDecisions.item.deleteBody', { title: decision.title })}</p>
                </ConfirmDialog>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
