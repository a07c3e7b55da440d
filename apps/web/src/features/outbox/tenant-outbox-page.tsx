import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';
import { useTenantOutbox } from '../team/use-outbox-readable.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { OutboxList } from './outbox-list.tsx';

/** `/f/:slug/administration/utkorg`: mail sent about the förbund (development and demo only). */
export function TenantOutboxPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const outbox = useTenantOutbox(tenant.slug);
  return (
    <>
      <PageHeading titleParts={[t('administration.outbox.title'), tenant.name]}>
        {t('administration.outbox.title')}
      </PageHeading>
      <p>{t('administration.outbox.intro')}</p>
      <OutboxList outbox={outbox} />
    </>
  );
}
