import { endMembershipInputSchema, renameMemberInputSchema, todayInSweden } from '@samsyn/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { DataTable, RowAction, RowActions } from '../../components/data-table.tsx';
import { hasErrorCode } from '../../lib/api-error.ts';
import { errorMessageOf, fieldErrorsOf, issueMessageKey } from '../../lib/error-message.ts';
import { formatDate } from '../../lib/format.ts';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import type { TenantMember, TenantOverview } from '../tenant/member-groups.ts';
import { AddMemberForm } from './add-member-form.tsx';

/** The domain's rule for the dialog's one field, as the catalogue's sentence; null when it holds. */
function problemWith(kind: 'rename' | 'end', value: string): Message | null {
  const schema =
    kind === 'rename' ? renameMemberInputSchema.shape.name : endMembershipInputSchema.shape.leftOn;
  const issue = schema.safeParse(value).error?.issues[0];
  return issue ? { key: issueMessageKey(issue.message, issue.code) } : null;
}

type Pending = { kind: 'rename' | 'end'; member: TenantMember };

/** The förbund's members: add, rename, end a membership from a date. Förbund admins. */
export function MembersEditor({ tenant }: { tenant: TenantOverview }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const dialogFieldId = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [dialogValue, setDialogValue] = useState('');
  const [dialogError, setDialogError] = useState<Message | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);

  const refresh = () => queryClient.invalidateQueries(trpc.tenant.get.queryFilter({ tenant: tenant.slug }));
  const onError = (error: unknown) => {
    const fields = fieldErrorsOf(error);
    const fieldKey = fields.name ?? fields.leftOn;
    setDialogError(fieldKey ? { key: fieldKey } : errorMessageOf(error));
    if (hasErrorCode(error, 'CONFLICT') || hasErrorCode(error, 'NOT_FOUND')) void refresh();
  };
  const rename = useMutation(
    trpc.members.rename.mutationOptions({
      onSuccess: async (member) => {
        setPending(null);
        setNotice({ key: 'administration.members.renamed', values: { name: member.name } });
        await refresh();
      },
      onError,
    }),
  );
  const end = useMutation(
    trpc.members.end.mutationOptions({
      onSuccess: async (member) => {
        setPending(null);
        setNotice({
          key: 'administration.members.ended',
          values: { name: member.name, date: formatDate(member.leftOn ?? '') },
        });
        await refresh();
      },
      onError,
    }),
  );

  function open(kind: Pending['kind'], member: TenantMember) {
    setNotice(null);
    setDialogError(null);
    setDialogValue(kind === 'rename' ? member.name : todayInSweden());
    setPending({ kind, member });
  }

  function confirm() {
    if (!pending) return;
    if (pending.kind === 'rename') {
      const problem = problemWith('rename', dialogValue);
      if (problem) {
        setDialogError(problem);
        return;
      }
      rename.mutate({
        tenant: tenant.slug,
        memberId: pending.member.id,
        name: dialogValue.trim(),
        expectedVersion: pending.member.version,
      });
    } else {
      const problem = problemWith('end', dialogValue);
      if (problem) {
        setDialogError({ key: 'validation.date' });
        return;
      }
      end.mutate({
        tenant: tenant.slug,
        memberId: pending.member.id,
        leftOn: dialogValue,
        expectedVersion: pending.member.version,
      });
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('administration.members.title')}</h2>
      <div aria-live="polite">
        {notice ? (
          <p className="notice" role="status">
            {t(notice.key, notice.values)}
          </p>
        ) : null}
      </div>
      <DataTable
        title={t('administration.members.title')}
        columns={[
          t('administration.members.name'),
          t('administration.members.kind'),
          t('administration.members.code'),
          t('administration.members.joined'),
          t('administration.members.left'),
          t('administration.common.actions'),
        ]}
        rows={tenant.members}
        rowKey={(member) => member.id}
        empty={t('overview.noMembers')}
      >
        {(member) => (
          <>
            <th scope="row">{member.name}</th>
            <td>{t(`administration.members.kinds.${member.kind}`)}</td>
            <td>{member.officialCode ?? '–'}</td>
            <td>{member.joinedOn ? formatDate(member.joinedOn) : '–'}</td>
            <td>{member.leftOn ? formatDate(member.leftOn) : '–'}</td>
            <RowActions>
              <RowAction
                label={t('administration.members.rename')}
                subject={member.name}
                onClick={() => open('rename', member)}
              />
              {member.leftOn ? null : (
                <RowAction
                  label={t('administration.members.end')}
                  subject={member.name}
                  onClick={() => open('end', member)}
                />
              )}
            </RowActions>
          </>
        )}
      </DataTable>
      <AddMemberForm tenant={tenant} onAdded={setNotice} />
      <ConfirmDialog
        isOpen={pending !== null}
        title={
          pending?.kind === 'end'
            ? t('administration.members.endTitle', { name: pending.member.name })
            : t('administration.members.renameTitle', { name: pending?.member.name ?? '' })
        }
        confirmLabel={
          pending?.kind === 'end' ? t('administration.members.end') : t('administration.members.saveName')
        }
        tone={pending?.kind === 'end' ? 'danger' : 'primary'}
        isPending={rename.isPending || end.isPending}
        error={dialogError}
        onCancel={() => setPending(null)}
        onConfirm={confirm}
      >
        {pending?.kind === 'end' ? <p>{t('administration.members.endBody')}</p> : null}
        <div className="field">
          <label className="field__label" htmlFor={dialogFieldId}>
            {pending?.kind === 'end'
              ? t('administration.members.leftOn')
              : t('administration.members.newName')}
          </label>
          <input
            id={dialogFieldId}
            className="field__input"
            type={pending?.kind === 'end' ? 'date' : 'text'}
            value={dialogValue}
            onChange={(event) => setDialogValue(event.target.value)}
          />
        </div>
      </ConfirmDialog>
    </section>
  );
}
