import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { type ReportDetail, type ReportSection, sectionPath } from '../list/report-shared.ts';
import { isOverdue, positionOf, sourceLabelKey } from './report-values.ts';
import type { SectionAct } from './sections-table.tsx';
import type { useReportMutations } from './use-report-mutations.ts';

/** One section of the overview's table, with its editor's actions when the report can change. */
export function SectionRow({
  report,
  section,
  index,
  count,
  today,
  canChange,
  mutations,
  act,
  onMoved,
  onEdit,
  onAssign,
}: {
  report: ReportDetail['report'];
  section: ReportSection;
  index: number;
  count: number;
  today: string;
  canChange: boolean;
  mutations: ReturnType<typeof useReportMutations>;
  act: SectionAct;
  onMoved: (step: -1 | 1) => void;
  onEdit: () => void;
  onAssign: () => void;
}) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const none = t('periodReportsPages.none');
  const name = section.number ? `${section.number} ${section.title}` : section.title;
  const overdue = isOverdue(section, today);
  const { isFirst, isLast } = positionOf(index, count);
  const edit = { sectionId: section.id, expectedVersion: section.version };
  const settings = {
    title: section.title,
    level: section.level,
    numbered: section.numbered,
    enabled: section.enabled,
    source: section.source,
  };
  const isBusy = mutations.move.isPending || mutations.updateSection.isPending;
  const move = (step: -1 | 1) =>
    void act(
      () => mutations.move.mutateAsync({ tenant: slug, ...edit, direction: step === -1 ? 'up' : 'down' }),
      { key: 'periodReportsPages.sections.moved', values: { section: section.title } },
      () => onMoved(step),
    );
  return (
    <tr className={section.enabled ? undefined : 'report-section--disabled'}>
      <td>{section.number || none}</td>
      <th scope="row" className={section.level === 2 ? 'report-section__title--sub' : undefined}>
        <Link to={sectionPath(slug, report.id, section.id)}>{section.title}</Link>
        {section.enabled ? null : ` (${t('periodReportsPages.sections.disabled')})`}
      </th>
      <td>
        {section.source
          ? t('periodReportsPages.sections.generated', { source: t(sourceLabelKey(section.source)) })
          : t(sourceLabelKey(null))}
      </td>
      <td>{section.assignee?.name ?? none}</td>
      <td>
        {section.deadline ? formatDate(section.deadline) : none}
        {overdue ? (
          <strong className="report-overdue"> {t('periodReportsPages.sections.overdue')}</strong>
        ) : null}
      </td>
      <td>
        {section.readyAt
          ? t('periodReportsPages.sections.readyBy', {
              name: section.readyBy?.name ?? none,
              when: formatDateTime(section.readyAt),
            })
          : t('periodReportsPages.sections.notReady')}
      </td>
      <td>{section.commentCount}</td>
      {canChange ? (
        <td>
          <span className="report-row-actions">
            {([-1, 1] as const).map((step) =>
              (step === -1 ? isFirst : isLast) ? null : (
                <RowButton
                  key={step}
                  data-move={`${section.id}:${step}`}
                  isBusy={isBusy}
                  namedLabel={t(
                    step === -1
                      ? 'periodReportsPages.sections.moveUpNamed'
                      : 'periodReportsPages.sections.moveDownNamed',
                    { section: name },
                  )}
                  label={t(
                    step === -1
                      ? 'periodReportsPages.sections.moveUp'
                      : 'periodReportsPages.sections.moveDown',
                  )}
                  onClick={() => move(step)}
                />
              ),
            )}
            <RowButton
              isBusy={isBusy}
              namedLabel={t(
                section.enabled
                  ? 'periodReportsPages.sections.disableNamed'
                  : 'periodReportsPages.sections.enableNamed',
                { section: name },
              )}
              label={t(
                section.enabled
                  ? 'periodReportsPages.sections.disable'
                  : 'periodReportsPages.sections.enable',
              )}
              onClick={() =>
                void act(
                  () =>
                    mutations.updateSection.mutateAsync({
                      tenant: slug,
                      ...edit,
                      ...settings,
                      enabled: !section.enabled,
                    }),
                  {
                    key: section.enabled
                      ? 'periodReportsPages.sections.disabledNotice'
                      : 'periodReportsPages.sections.enabledNotice',
                    values: { section: section.title },
                  },
                )
              }
            />
            <RowButton
              namedLabel={t('periodReportsPages.sections.editNamed', { section: name })}
              label={t('periodReportsPages.sections.edit')}
              onClick={onEdit}
            />
            <RowButton
              namedLabel={t('periodReportsPages.sections.assignNamed', { section: name })}
              label={t('periodReportsPages.sections.assign')}
              onClick={onAssign}
            />
            {section.enabled ? (
              <ReadyButton section={section} name={name} mutations={mutations} act={act} />
            ) : null}
          </span>
        </td>
      ) : null}
    </tr>
  );
}

/** "Markera klar" / "Ta bort klarmarkering" for one section. */
function ReadyButton({
  section,
  name,
  mutations,
  act,
}: {
  section: ReportSection;
  name: string;
  mutations: ReturnType<typeof useReportMutations>;
  act: SectionAct;
}) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const isReady = section.readyAt !== null;
  const mutation = isReady ? mutations.unmarkSectionReady : mutations.markSectionReady;
  return (
    <RowButton
      data-ready={section.id}
      isBusy={mutation.isPending}
      namedLabel={t(
        isReady
          ? 'periodReportsPages.sections.unmarkReadyNamed'
          : 'periodReportsPages.sections.markReadyNamed',
        { section: name },
      )}
      label={t(isReady ? 'periodReportsPages.sections.unmarkReady' : 'periodReportsPages.sections.markReady')}
      onClick={() =>
        void act(
          () =>
            mutation.mutateAsync({ tenant: slug, sectionId: section.id, expectedVersion: section.version }),
          {
            key: isReady
              ? 'periodReportsPages.sections.unmarkedReady'
              : 'periodReportsPages.sections.markedReady',
            values: { section: section.title },
          },
        )
      }
    />
  );
}

/**
 * One of a section row's small buttons: `label` shown, `namedLabel` (naming the section) for a
 * screen reader; while `isBusy` it says so and does nothing.
 */
function RowButton({
  label,
  namedLabel,
  isBusy,
  onClick,
  ...data
}: {
  label: string;
  namedLabel: string;
  isBusy?: boolean;
  onClick: () => void;
  [attribute: `data-${string}`]: string;
}) {
  return (
    <button
      type="button"
      className="button button--secondary report-small-button"
      {...data}
      aria-disabled={isBusy}
      aria-label={namedLabel}
      onClick={() => !isBusy && onClick()}
    >
      {label}
    </button>
  );
}
