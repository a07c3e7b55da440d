import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterInput, FilterSelect } from '../../components/filter-field.tsx';
import type { MessageKey } from '../../lib/message-key.ts';
import type { AuditArea, AuditFilter } from './audit-source.ts';

const areas: readonly AuditArea[] = [
  'economy',
  'interventions',
  'plan',
  'board',
  'applications',
  'reports',
  'administration',
];

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
  const errorId = useId();
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
          <FilterSelect
            label={t('administration.audit.areas.label')}
            value={draft.area}
            onChange={(area) => setDraft({ ...draft, area })}
            choices={[
              { value: '', label: t('administration.audit.areas.all') },
              ...areas.map((area) => ({ value: area, label: t(`administration.audit.areas.${area}`) })),
            ]}
          />
        ) : null}
        <FilterSelect
          label={t('administration.audit.kind')}
          value={draft.action}
          onChange={(action) => setDraft({ ...draft, action })}
          choices={[
            { value: '', label: t('administration.audit.allKinds') },
            ...prefixes.map((prefix) => ({ value: prefix.value, label: t(prefix.label) })),
          ]}
        />
        <FilterInput
          label={t('administration.audit.from')}
          type="date"
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
          errorId={dateError ? errorId : undefined}
        />
        <FilterInput
          label={t('administration.audit.to')}
          type="date"
          value={draft.to}
          onChange={(to) => setDraft({ ...draft, to })}
        />
        <button type="submit" className="button button--secondary">
          {t('administration.audit.apply')}
        </button>
      </form>
      {dateError ? (
        <p className="notice notice--error" role="alert" id={errorId}>
          {t('administration.audit.dateOrder')}
        </p>
      ) : null}
    </>
  );
}
