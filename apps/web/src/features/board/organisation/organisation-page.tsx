import { compositionDateSchema, todayInSweden } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FilterInput } from '../../../components/filter-field.tsx';
import { Notice } from '../../../components/notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { BoardSubnav } from '../board-subnav.tsx';
import { BodiesSection } from './bodies-section.tsx';
import { ChecksPanel } from './checks-panel.tsx';
import { CompositionExport } from './composition-export.tsx';
import { EmptyBodies } from './empty-bodies.tsx';
import { PeopleSection } from './people-section.tsx';
import { SeatRulesSection } from './seat-rules-section.tsx';
import './organisation.css';

/** A date from the address (`?datum=2019-05-01`) when it is one, else today in Sweden. */
function dateOf(text: string | null): string {
  return compositionDateSchema.safeParse({ date: text }).success && text !== null ? text : todayInSweden();
}

/**
 * `/f/:slug/organisation`: the förbund's bodies and who sits in them on a date ("Sammansättning
 * den …", today unless another date is chosen — who sat on the board on 1 May 2019?), the
 * composition checks beside them, the people and the förbundsordning's seat rules. Viewers read;
 * editors change seats and people; admins bodies and seat rules.
 */
export function OrganisationPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const [params, setParams] = useSearchParams();
  const date = dateOf(params.get('datum'));
  const [typed, setTyped] = useState(date);
  const [notice, setNotice] = useState<Message | null>(null);
  const composition = useQuery(trpc.organisation.composition.queryOptions({ tenant: tenant.slug, date }));
  const typedIsDate = compositionDateSchema.safeParse({ date: typed }).success;

  function chooseDate(value: string) {
    setTyped(value);
    if (compositionDateSchema.safeParse({ date: value }).success)
      setParams(value === todayInSweden() ? {} : { datum: value }, { replace: true });
  }

  return (
    <>
      <PageHeading titleParts={[t('boardOrganisation.title'), tenant.name]}>
        {t('boardOrganisation.title')}
      </PageHeading>
      <BoardSubnav />
      <p className="no-print">{t('boardOrganisation.intro')}</p>
      {canEdit ? null : <p className="no-print">{t('boardOrganisation.readOnly')}</p>}
      <Notice message={notice} />
      <div className="organisation-toolbar no-print">
        <FilterInput
          label={t('boardOrganisation.date.label')}
          type="date"
          value={typed}
          onChange={chooseDate}
          errorId={typedIsDate ? undefined : 'organisation-date-error'}
        />
        {typedIsDate ? null : (
          <p id="organisation-date-error" className="field__error">
            {t('validation.boardOrganisation.dateInvalid')}
          </p>
        )}
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('boardOrganisation.actions.print')}
          </button>
          {composition.data ? <CompositionExport composition={composition.data} /> : null}
        </div>
      </div>
      <QueryState
        query={composition}
        isEmpty={(data) => data.bodies.length === 0}
        empty={<EmptyBodies onCreated={setNotice} />}
      >
        {(data) => (
          <>
            <h2>{t('boardOrganisation.date.heading', { date: data.date })}</h2>
            <p>{t('boardOrganisation.date.term', { from: data.term.from, to: data.term.to })}</p>
            <div className="organisation-layout">
              <BodiesSection composition={data} announce={setNotice} />
              <ChecksPanel composition={data} />
            </div>
            <SeatRulesSection composition={data} announce={setNotice} />
            <PeopleSection announce={setNotice} />
          </>
        )}
      </QueryState>
    </>
  );
}
