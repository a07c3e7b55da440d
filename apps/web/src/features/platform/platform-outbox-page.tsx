import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';
import { OutboxList } from '../outbox/outbox-list.tsx';
import { usePlatformOutbox } from '../team/use-outbox-readable.ts';

/** `/plattform/utkorg`: every mail Samsyn would have sent (development and demo only). */
export function PlatformOutboxPage() {
  const { t } = useTranslation();
  const outbox = usePlatformOutbox();
  return (
    <>
      <PageHeading titleParts={[t('administration.outbox.title'), t('platform.title')]}>
        {t('administration.outbox.title')}
      </PageHeading>
      <p>{t('administration.outbox.platformIntro')}</p>
      <OutboxList outbox={outbox} />
    </>
  );
}
