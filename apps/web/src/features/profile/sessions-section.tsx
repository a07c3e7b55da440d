import type { AppRouter } from '@samsyn/api';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DataTable, RowAction } from '../../components/data-table.tsx';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { hasErrorCode } from '../../lib/api-error.ts';
import { errorMessageOf } from '../../lib/error-message.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';

type Session = inferRouterOutputs<AppRouter>['profile']['sessions']['list'][number];

/** "Firefox på Windows", from the short names the API derived from the User-Agent at login. */
export function deviceLabel(t: TFunction, session: Pick<Session, 'browser' | 'os'>): string {
  const { browser, os } = session;
  if (browser && os) return t('administration.profile.sessions.deviceLabel', { browser, os });
  if (browser) return t('administration.profile.sessions.browserOnly', { browser });
  if (os) return t('administration.profile.sessions.osOnly', { os });
  return t('administration.profile.sessions.unknownDevice');
}

type Pending = { kind: 'one'; session: Session } | { kind: 'others'; count: number };

/**
 * Min profil's list of the user's live sessions: where they are logged in, since when, last
 * active. Any other session, or all others at once, can be logged out after a confirmation; the
 * result is announced in a live region.
 */
export function SessionsSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const headingId = useId();
  const sessions = useQuery(trpc.profile.sessions.list.queryOptions());
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<Message | null>(null);

  const onError = (failure: unknown) => {
    setPending(null);
    setError(errorMessageOf(failure));
  };
  const refetchList = () => [trpc.profile.sessions.list.queryFilter()];
  const endOne = useApiMutation(
    trpc.profile.sessions.end.mutationOptions({
      onError: (failure) => {
        onError(failure);
        // Already gone (ended elsewhere, or expired): show the list as it is now.
        if (hasErrorCode(failure, 'NOT_FOUND')) void sessions.refetch();
      },
      onSettled: () => setPending(null),
    }),
    {
      invalidates: refetchList,
      success: () => ({
        key: 'administration.profile.sessions.ended',
        values: { device: pending?.kind === 'one' ? deviceLabel(t, pending.session) : '' },
      }),
    },
  );
  const endOthers = useApiMutation(
    trpc.profile.sessions.endOthers.mutationOptions({ onError, onSettled: () => setPending(null) }),
    {
      invalidates: refetchList,
      success: ({ ended }) => ({
        key: 'administration.profile.sessions.endedOthers',
        values: { count: ended },
      }),
    },
  );

  const others = sessions.data?.filter((session) => !session.isCurrent) ?? [];
  const ask = (next: Pending) => {
    setError(null);
    endOne.reset();
    endOthers.reset();
    setPending(next);
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('administration.profile.sessions.title')}</h2>
      <p>{t('administration.profile.sessions.intro')}</p>
      <Notice message={error ? null : (endOne.notice ?? endOthers.notice)} />
      <ErrorNotice message={error} />
      <QueryState query={sessions}>
        {(list) => (
          <>
            <DataTable
              title={t('administration.profile.sessions.title')}
              columns={[
                t('administration.profile.sessions.device'),
                t('administration.profile.sessions.started'),
                t('administration.profile.sessions.lastActive'),
                t('administration.common.actions'),
              ]}
              rows={list}
              rowKey={(session) => session.id}
            >
              {(session) => (
                <>
                  <th scope="row">
                    {deviceLabel(t, session)}
                    {session.isCurrent ? (
                      <span className="muted"> {t('administration.profile.sessions.thisDevice')}</span>
                    ) : null}
                  </th>
                  <td>{formatDateTime(session.createdAt)}</td>
                  <td>{formatDateTime(session.lastActiveAt)}</td>
                  <td>
                    {session.isCurrent ? null : (
                      <RowAction
                        label={t('administration.profile.sessions.end')}
                        subject={t('administration.profile.sessions.endWhich', {
                          device: deviceLabel(t, session),
                          started: formatDateTime(session.createdAt),
                        })}
                        onClick={() => ask({ kind: 'one', session })}
                      />
                    )}
                  </td>
                </>
              )}
            </DataTable>
            {others.length > 0 ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => ask({ kind: 'others', count: others.length })}
              >
                {t('administration.profile.sessions.endOthers')}
              </button>
            ) : (
              <p>{t('administration.profile.sessions.onlyThis')}</p>
            )}
          </>
        )}
      </QueryState>
      <ConfirmDialog
        isOpen={pending !== null}
        title={
          pending?.kind === 'one'
            ? t('administration.profile.sessions.endTitle', { device: deviceLabel(t, pending.session) })
            : t('administration.profile.sessions.endOthersTitle')
        }
        confirmLabel={
          pending?.kind === 'one'
            ? t('administration.profile.sessions.end')
            : t('administration.profile.sessions.endOthers')
        }
        isPending={endOne.isPending || endOthers.isPending}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending?.kind === 'one') endOne.mutate({ sessionId: pending.session.id });
          if (pending?.kind === 'others') endOthers.mutate();
        }}
      >
        <p>
          {pending?.kind === 'others'
            ? t('administration.profile.sessions.endOthersBody', { count: pending.count })
            : t('administration.profile.sessions.endBody')}
        </p>
      </ConfirmDialog>
    </section>
  );
}
