import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';

/** `/nationellt`: a placeholder until the national comparison views are built. */
export function NationalPage() {
  const { t } = useTranslation();
  return (
    <div className="prose">
      <PageHeading titleParts={[t('national.title')]}>{t('national.title')}</PageHeading>
      <p>{t('national.body')}</p>
      <p>{t('national.privacy')}</p>
    </div>
  );
}
