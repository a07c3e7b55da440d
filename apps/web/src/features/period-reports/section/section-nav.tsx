import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '../../tenant/use-tenant.ts';
import {
  documentPath,
  numberedTitle,
  type SectionMeta,
  type SectionReport,
  sectionPath,
} from './section-types.ts';

/** The sections before and after this one in the report's order, and the whole document. */
export function SectionNav({ report, section }: { report: SectionReport; section: SectionMeta }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const sections = report.sections;
  const index = sections.findIndex((candidate) => candidate.id === section.id);
  const previous = index > 0 ? sections[index - 1] : undefined;
  const next = sections[index + 1];
  const to = (target: SectionMeta) => sectionPath(tenant.slug, report.report.id, target.id);
  return (
    <nav aria-label={t('reportSectionsPages.section.navigation')} className="section-nav">
      <ul className="section-nav__list">
        {previous ? (
          <li>
            <Link to={to(previous)} rel="prev">
              {t('reportSectionsPages.section.previous', { title: numberedTitle(previous) })}
            </Link>
          </li>
        ) : null}
        {next ? (
          <li>
            <Link to={to(next)} rel="next">
              {t('reportSectionsPages.section.next', { title: numberedTitle(next) })}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={documentPath(tenant.slug, report.report.id)}>
            {t('reportSectionsPages.section.wholeDocument')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
