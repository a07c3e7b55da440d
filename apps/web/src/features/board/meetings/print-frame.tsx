import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useTenant } from '../../tenant/use-tenant.ts';

/** An A4 print page of a meeting: its heading, a way back and "Skriv ut" (neither printed), the content. */
export function PrintFrame({
  meetingId,
  title,
  subtitle,
  children,
}: {
  meetingId: string;
  title: string;
  subtitle: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  return (
    <article className="meeting-print">
      <div className="button-row no-print">
        <Link to={`/f/${tenant.slug}/moten/${meetingId}`}>{t('boardMeetings.print.back')}</Link>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('boardMeetings.print.print')}
        </button>
      </div>
      <p className="meeting-print__forbund">{tenant.name}</p>
      <PageHeading titleParts={[`${title} ${subtitle}`, tenant.name]}>{title}</PageHeading>
      <p className="meeting-print__subtitle">{subtitle}</p>
      {children}
    </article>
  );
}
