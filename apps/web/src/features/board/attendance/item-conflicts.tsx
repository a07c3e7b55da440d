import type { AppRouter } from '@samsyn/api';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { Notice } from '../../../components/notice.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { ConflictForm } from './conflict-form.tsx';
import { seatName } from './seat-name.ts';
import './attendance.css';

type Detail = inferRouterOutputs<AppRouter>['meetingAttendance']['conflicts'];
type Declared = Detail['declared'][number];

/**
 * An agenda item's jäv on the meeting page: who declared it and why (they take no part in the
 * decision, said plainly), Samsyn's suggestions from the intervention's lead and parties with
 * "Anmäl jäv" prefilling the form, and withdrawing. Read-only for viewers and once `locked`.
 */
export function ItemConflicts({ itemId, locked }: { meetingId: string; itemId: string; locked: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const headingId = useId();
  const [notice, setNotice] = useState<Message | null>(null);
  const [draft, setDraft] = useState<{ seatId: string; reason: string } | null>(null);
  const [withdrawing, setWithdrawing] = useState<Declared | null>(null);
  const query = useQuery(trpc.meetingAttendance.conflicts.queryOptions({ tenant: tenant.slug, itemId }));
  const withdraw = useApiMutation(trpc.meetingAttendance.withdraw.mutationOptions(), {
    invalidates: () => [trpc.meetingAttendance.pathFilter(), trpc.meetings.pathFilter()],
  });
  return (
    <section className="item-conflicts" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('boardAttendance.conflicts.heading')}</h4>
      <Notice message={notice} />
      <QueryState query={query}>
        {(detail) => {
          const mayEdit = canEdit && !locked && !detail.locked;
          return (
            <>
              {detail.declared.length === 0 ? (
                <p>{t('boardAttendance.conflicts.none')}</p>
              ) : (
                <ul className="item-conflicts__list">
                  {detail.declared.map((conflict) => (
                    <li key={conflict.seatId} className="item-conflicts__entry">
                      <strong>
                        {t('boardAttendance.conflicts.takesNoPart', { name: seatName(conflict) })}
                      </strong>{' '}
                      {t('boardAttendance.conflicts.reason', { reason: conflict.reason })}
                      {mayEdit ? (
                        <>
                          {' '}
                          <button
                            type="button"
                            className="button button--secondary no-print"
                            onClick={() => setWithdrawing(conflict)}
                          >
                            {t('boardAttendance.conflicts.withdraw')}
                            <span className="visually-hidden">
                              {' '}
                              {t('boardAttendance.conflicts.withdrawFor', { name: conflict.personName })}
                            </span>
                          </button>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
              {mayEdit && detail.suggestions.length > 0 ? (
                <div className="no-print">
                  <h5>{t('boardAttendance.conflicts.suggestionsHeading')}</h5>
                  <p>
                    {t('boardAttendance.conflicts.suggestionsIntro', { name: detail.concerns?.name ?? '' })}
                  </p>
                  <ul className="item-conflicts__list">
                    {detail.suggestions.map((suggestion) => (
                      <li key={suggestion.seatId} className="item-conflicts__entry">
                        {seatName(suggestion)}: {suggestion.reason}{' '}
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => setDraft({ seatId: suggestion.seatId, reason: suggestion.reason })}
                        >
                          {t('boardAttendance.conflicts.declareFrom')}
                          <span className="visually-hidden">
                            {' '}
                            {t('boardAttendance.conflicts.declareFromFor', { name: suggestion.personName })}
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {mayEdit && draft ? (
                <ConflictForm
                  key={`${draft.seatId}-${draft.reason}`}
                  detail={detail}
                  draft={draft}
                  onDone={(declaredName) => {
                    setDraft(null);
                    if (declaredName)
                      setNotice({
                        key: 'boardAttendance.conflicts.declared',
                        values: { name: declaredName },
                      });
                  }}
                />
              ) : null}
              {mayEdit && !draft ? (
                <button
                  type="button"
                  className="button button--secondary no-print"
                  onClick={() => setDraft({ seatId: '', reason: '' })}
                >
                  {t('boardAttendance.conflicts.declare')}
                </button>
              ) : null}
              <ConfirmDialog
                isOpen={withdrawing !== null}
                title={t('boardAttendance.conflicts.withdrawTitle')}
                confirmLabel={t('boardAttendance.conflicts.withdraw')}
                isPending={withdraw.isPending}
                error={withdraw.error ? errorMessageOf(withdraw.error) : null}
                onCancel={() => {
                  withdraw.reset();
                  setWithdrawing(null);
                }}
                onConfirm={() => {
                  if (!withdrawing || withdraw.isPending) return;
                  const name = seatName(withdrawing);
                  withdraw.mutate(
                    {
                      tenant: tenant.slug,
                      itemId,
                      expectedVersion: detail.item.version,
                      seatId: withdrawing.seatId,
                    },
                    {
                      onSuccess: () => {
                        setWithdrawing(null);
                        setNotice({ key: 'boardAttendance.conflicts.withdrawn', values: { name } });
                      },
                    },
                  );
                }}
              >
                <p>
                  {t('boardAttendance.conflicts.withdrawText', {
                    name: withdrawing ? seatName(withdrawing) : '',
                  })}
                </p>
              </ConfirmDialog>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
