import { currentHalfYearInSweden } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FilterSelect } from '../../../components/filter-field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDate } from '../../../lib/format.ts';
import { periodInWords } from '../../../lib/period-in-words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { BoardSubnav } from '../board-subnav.tsx';
import { boardWorkPeriods, chosenBoardWorkPeriod } from './board-work-periods.ts';
import { type BoardWorkData, BoardWorkSections } from './board-work-sections.tsx';
import './board-work.css';

/**
 * `/f/:slug/organisation/styrelsens-arbete?period=2019-H1`: "Styrelsens arbete" for a half-year
 * or a year, as § 2 of the half-year report prints it (composition, meetings per body, fees,
 * kansli, auditors), printable on A4. Without a period it opens on the current half-year. Viewers.
 */
export function BoardWorkPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const [searchParams, setSearchParams] = useSearchParams();
  const currentHalfYear = currentHalfYearInSweden();
  const requested = searchParams.get('period');
  const period = chosenBoardWorkPeriod(requested, currentHalfYear);
  const periods = boardWorkPeriods(Number(currentHalfYear.slice(0, 4)), period);
  const work = useQuery(trpc.boardWork.get.queryOptions({ tenant: tenant.slug, period }));
  const label = periodInWords(t, period);
  const heading = work.data?.heading ?? t('boardWork.title');
  return (
    <article className="board-work-page">
      <PageHeading titleParts={[t('boardWork.title'), label, tenant.name]}>{heading}</PageHeading>
      <BoardSubnav />
      <p className="board-work-meta">{t('boardWork.generated', { forbund: tenant.name, period: label })}</p>
      <p className="no-print">{t('boardWork.intro')}</p>
      <div className="board-work-toolbar no-print">
        <FilterSelect
          label={t('boardWork.period')}
          value={period}
          onChange={(value) => setSearchParams({ period: value })}
          choices={periods.map((value) => ({ value, label: periodInWords(t, value) }))}
        />
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('boardWork.print')}
        </button>
      </div>
      <QueryState
        query={work}
        isEmpty={(data: BoardWorkData) => data.board === null}
        empty={<NoBoardYet slug={tenant.slug} />}
      >
        {(data) => (
          <>
            <p className="board-work-meta">
              {t('boardWork.compositionOn', { date: formatDate(data.compositionDate) })}
            </p>
            <BoardWorkSections data={data} periodText={label} />
          </>
        )}
      </QueryState>
    </article>
  );
}

/** A förbund with no board yet: what to do first, and where. */
function NoBoardYet({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <section className="empty-state" aria-labelledby="board-work-empty">
      <h2 id="board-work-empty">{t('boardWork.empty.title')}</h2>
      <p>{t('boardWork.empty.text')}</p>
      <p>
        <Link to={`/f/${slug}/organisation`}>{t('boardWork.empty.link')}</Link>
      </p>
    </section>
  );
}
