import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../lib/message-key.ts';
import type { AuditArea, AuditFilter } from './audit-source.ts';

const areas: readonly AuditArea[] = ['economy', 'interventions', 'administration'];

/** The log's filter: area of work (a förbund's log), kind of event, and a date range. */
export function AuditFilterForm({
  hasAreas,
  prefixes,
  onApply,
}: {
  hasAreas: boolean;
  prefixes: readonly { value: string; label: MessageKey }[];
  onApply: (filter: AuditFilter) => void;
}) {
  const { t } = useTranslation();
  const ids = { area: useId(), action: useId(), from: useId(), to: useId(), error: useId() };
  const [draft, setDraft] = useState({ area: '', action: '', from: '', to: '' });
  const [dateError, setDateError] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setDateError(true);
      return;
    }
    setDateError(false);
    const area = areas.find((candidate) => candidate === draft.area);
    onApply({
      ...(area ? { area } : {}),
      ...(draft.action ? { action: draft.action } : {}),
      ...(draft.from ? { from: draft.from } : {}),
      ...(draft.to ? { to: draft.to } : {}),
    });
  }

  return (
    <>
      <form
        className="inline-form"
        noValidate
        onSubmit={onSubmit}
        aria-label={t('administration.audit.filterLabel')}
      >
        {hasAreas ? (
          <div className="field">
            <label className="field__label" htmlFor={ids.area}>
              {t('administration.audit.areas.label')}
            </label>
            <select
              id={ids.area}
              className="field__input"
              value={draft.area}
              onChange={(event) => setDraft({ ...draft, area: event.target.value })}
            >
              <option value="">{t('administration.audit.areas.all')}</option>
              {areas.map((area) => (
                <option key={area} value={area}>
                  {t(`administration.audit.areas.${area}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label className="field__label" htmlFor={ids.action}>
            {t('administration.audit.kind')}
          </label>
          <select
            id={ids.action}
            className="field__input"
            value={draft.action}
            onChange={(event) => setDraft({ ...draft, action: event.target.value })}
          >
            <option value="">{t('administration.audit.allKinds')}</option>
            {prefixes.map((prefix) => (
              <option key={prefix.value} value={prefix.value}>
                {t(prefix.label)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.from}>
            {t('administration.audit.from')}
          </label>
          <input
            id={ids.from}
            className="field__input"
            type="date"
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? ids.error : undefined}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.to}>
            {t('administration.audit.to')}
          </label>
          <input
            id={ids.to}
            className="field__input"
            type="date"
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t('administration.audit.apply')}
        </button>
      </form>
      {dateError ? (
        <p className="notice notice--error" role="alert" id={ids.error}>
          {t('administration.audit.dateOrder')}
        </p>
      ) : null}
    </>
  );
}
