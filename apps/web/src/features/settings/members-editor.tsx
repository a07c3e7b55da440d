import { listMunicipalitiesInCounty, type MemberKind, memberKinds } from '@samsyn/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { hasErrorCode } from '../../lib/api-error.ts';
import { errorMessageOf, fieldErrorsOf } from '../../lib/error-message.ts';
import { formatDate } from '../../lib/format.ts';
import type { Message, MessageKey } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import type { TenantMember, TenantOverview } from '../tenant/member-groups.ts';

const isMemberKind = (value: string): value is MemberKind =>
  (memberKinds as readonly string[]).includes(value);
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

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
    setDialogValue(kind === 'rename' ? member.name : today());
    setPending({ kind, member });
  }

  function confirm() {
    if (!pending) return;
    if (pending.kind === 'rename') {
      if (dialogValue.trim().length < 2) {
        setDialogError({ key: 'validation.name.tooShort' });
        return;
      }
      rename.mutate({
        tenant: tenant.slug,
        memberId: pending.member.id,
        name: dialogValue.trim(),
        expectedVersion: pending.member.version,
      });
    } else {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(dialogValue)) {
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
      {tenant.members.length === 0 ? (
        <p className="empty-state">{t('overview.noMembers')}</p>
      ) : (
        <ScrollRegion
          label={t('administration.common.tableOf', { title: t('administration.members.title') })}
        >
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('administration.members.name')}</th>
                <th scope="col">{t('administration.members.kind')}</th>
                <th scope="col">{t('administration.members.code')}</th>
                <th scope="col">{t('administration.members.joined')}</th>
                <th scope="col">{t('administration.members.left')}</th>
                <th scope="col">{t('administration.common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tenant.members.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{member.name}</th>
                  <td>{t(`administration.members.kinds.${member.kind}`)}</td>
                  <td>{member.officialCode ?? '–'}</td>
                  <td>{member.joinedOn ? formatDate(member.joinedOn) : '–'}</td>
                  <td>{member.leftOn ? formatDate(member.leftOn) : '–'}</td>
                  <td>
                    <div className="button-row">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => open('rename', member)}
                      >
                        {t('administration.members.rename')}
                        <span className="visually-hidden"> {member.name}</span>
                      </button>
                      {member.leftOn ? null : (
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => open('end', member)}
                        >
                          {t('administration.members.end')}
                          <span className="visually-hidden"> {member.name}</span>
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <AddMemberForm
        tenant={tenant}
        onAdded={(name) => setNotice({ key: 'administration.members.added', values: { name } })}
      />
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

type AddField = 'name' | 'officialCode';
const OTHER = 'other';

function AddMemberForm({ tenant, onAdded }: { tenant: TenantOverview; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = {
    heading: useId(),
    kind: useId(),
    municipality: useId(),
    name: useId(),
    code: useId(),
    joined: useId(),
  };
  const countyMunicipalities = tenant.countyCode ? listMunicipalitiesInCounty(tenant.countyCode) : [];
  const [kind, setKind] = useState<MemberKind>('municipality');
  const [municipalityCode, setMunicipalityCode] = useState(countyMunicipalities[0]?.code ?? OTHER);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [joinedOn, setJoinedOn] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<AddField, MessageKey>>>({});
  const [formError, setFormError] = useState<Message | null>(null);

  const isFromList = kind === 'municipality' && municipalityCode !== OTHER;
  const add = useMutation(
    trpc.members.add.mutationOptions({
      onSuccess: async (member) => {
        onAdded(member.name);
        setName('');
        setCode('');
        setJoinedOn('');
        await queryClient.invalidateQueries(trpc.tenant.get.queryFilter({ tenant: tenant.slug }));
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        const next: Partial<Record<AddField, MessageKey>> = {};
        if (fields.name) next.name = fields.name;
        if (fields.officialCode) next.officialCode = fields.officialCode;
        setFieldErrors(next);
        setFormError(Object.keys(next).length > 0 ? null : errorMessageOf(error));
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    setFormError(null);
    const chosen = isFromList ? countyMunicipalities.find((m) => m.code === municipalityCode) : undefined;
    const memberName = chosen ? chosen.memberName : name.trim();
    const officialCode = chosen ? chosen.code : code.trim() || null;
    const errors: Partial<Record<AddField, MessageKey>> = {};
    if (memberName.length < 2) errors.name = 'validation.name.tooShort';
    if (officialCode && !/^\d{2}(\d{2})?$/.test(officialCode))
      errors.officialCode = 'validation.officialCode.format';
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    add.mutate({ tenant: tenant.slug, kind, name: memberName, officialCode, joinedOn: joinedOn || null });
  }

  const errorId = (id: string) => `${id}-error`;
  return (
    <form className="admin-form" noValidate onSubmit={onSubmit} aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('administration.members.addTitle')}</h3>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {t(formError.key, formError.values)}
        </p>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={ids.kind}>
          {t('administration.members.kind')}
        </label>
        <select
          id={ids.kind}
          className="field__input"
          value={kind}
          onChange={(event) => {
            if (isMemberKind(event.target.value)) setKind(event.target.value);
          }}
        >
          {memberKinds.map((option) => (
            <option key={option} value={option}>
              {t(`administration.members.kinds.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {kind === 'municipality' ? (
        <div className="field">
          <label className="field__label" htmlFor={ids.municipality}>
            {t('administration.members.municipality')}
          </label>
          <select
            id={ids.municipality}
            className="field__input"
            value={municipalityCode}
            onChange={(event) => setMunicipalityCode(event.target.value)}
          >
            {countyMunicipalities.map((municipality) => (
              <option key={municipality.code} value={municipality.code}>
                {municipality.memberName}
              </option>
            ))}
            <option value={OTHER}>{t('administration.members.otherMunicipality')}</option>
          </select>
        </div>
      ) : null}
      {isFromList ? null : (
        <>
          <div className="field">
            <label className="field__label" htmlFor={ids.name}>
              {t('administration.members.name')}
            </label>
            {fieldErrors.name ? (
              <p className="field__error" id={errorId(ids.name)}>
                {t(fieldErrors.name)}
              </p>
            ) : null}
            <input
              id={ids.name}
              className="field__input"
              value={name}
              onChange={(event) => setName(event.target.value)}
              aria-invalid={fieldErrors.name ? true : undefined}
              aria-describedby={fieldErrors.name ? errorId(ids.name) : undefined}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.code}>
              {t('administration.members.codeOptional')}
            </label>
            {fieldErrors.officialCode ? (
              <p className="field__error" id={errorId(ids.code)}>
                {t(fieldErrors.officialCode)}
              </p>
            ) : null}
            <input
              id={ids.code}
              className="field__input"
              inputMode="numeric"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              aria-invalid={fieldErrors.officialCode ? true : undefined}
              aria-describedby={fieldErrors.officialCode ? errorId(ids.code) : undefined}
            />
          </div>
        </>
      )}
      <div className="field">
        <label className="field__label" htmlFor={ids.joined}>
          {t('administration.members.joinedOptional')}
        </label>
        <input
          id={ids.joined}
          className="field__input"
          type="date"
          value={joinedOn}
          onChange={(event) => setJoinedOn(event.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary" aria-disabled={add.isPending}>
        {add.isPending ? t('administration.common.working') : t('administration.members.add')}
      </button>
    </form>
  );
}
