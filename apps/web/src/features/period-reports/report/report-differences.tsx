import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import type { SectionDifference } from '../list/report-shared.ts';

/**
 * An adopted report's live document against its snapshot: "Ändrat efter fastställande" with each
 * changed section's changes (where, as adopted, now), or "Inga ändringar sedan fastställandet".
 * The adopted version itself never changes; this shows what a later change of the data did.
 */
export function ReportDifferences({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const differences = useQuery(trpc.reportWorkflow.differences.queryOptions({ tenant: slug, reportId }));
  return (
    <QueryState
      query={differences}
      isEmpty={(list) => list.length === 0}
      empty={<p className="report-unchanged">{t('periodReportsPages.adoption.unchanged')}</p>}
    >
      {(list) => (
        <section aria-labelledby="report-changed" className="report-changed">
          <h3 id="report-changed">{t('periodReportsPages.adoption.changed')}</h3>
          <p>{t('periodReportsPages.adoption.changedIntro')}</p>
          {list.map((section) => (
            <SectionChanges key={section.sectionId} section={section} />
          ))}
        </section>
      )}
    </QueryState>
  );
}

function SectionChanges({ section }: { section: SectionDifference }) {
  const { t } = useTranslation();
  const name = section.number ? `${section.number} ${section.title}` : section.title;
  const caption = t('periodReportsPages.adoption.changesOf', { section: name });
  const none = t('periodReportsPages.none');
  return (
    <>
      <h4>{name}</h4>
      <ScrollRegion label={caption}>
        <table className="report-changes">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('periodReportsPages.adoption.where')}</th>
              <th scope="col">{t('periodReportsPages.adoption.adoptedValue')}</th>
              <th scope="col">{t('periodReportsPages.adoption.liveValue')}</th>
            </tr>
          </thead>
          <tbody>
            {section.changes.map((change, index) => (
              // The changes have no id of their own; their order is the document's and stable.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <tr key={index}>
                <th scope="row">{change.where}</th>
                <td>{change.adopted || none}</td>
                <td>{change.live || none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
