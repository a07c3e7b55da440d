import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryState } from '../../components/query-state.tsx';
import type { Message } from '../../lib/message-key.ts';
import { useTRPC } from '../../lib/trpc.ts';
import '../team/admin.css';
import { useTenant } from '../tenant/use-tenant.ts';
import { MembersEditor } from './members-editor.tsx';
import { SettingsForm } from './settings-form.tsx';
import { TenantLogoSection } from './tenant-logo-section.tsx';
import { useUpdateSettings } from './use-update-settings.ts';
import { WorkbookExport } from './workbook-export.tsx';

/** `/f/:slug/administration/installningar`: the förbund's settings, members and data export. */
export function SettingsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions({ tenant: tenant.slug }));
  const exportHeadingId = useId();
  const headingId = useId();
  // Here, not in the form: the form starts over (remounts) with each saved version.
  const update = useUpdateSettings(tenant.slug);
  const [conflict, setConflict] = useState<Message | null>(null);
  return (
    <>
      <PageHeading titleParts={[t('administration.settings.title'), tenant.name]}>
        {t('administration.settings.title')}
      </PageHeading>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('administration.settings.generalTitle')}</h2>
        <ErrorNotice message={conflict} />
        <Notice message={update.notice} />
        <QueryState query={settings}>
          {/* Keyed by version: after a save or a conflict the form starts from the saved values. */}
          {(saved) => (
            <SettingsForm
              key={saved.version}
              slug={tenant.slug}
              saved={saved}
              update={update}
              onConflict={setConflict}
            />
          )}
        </QueryState>
      </section>
      <MembersEditor tenant={tenant} />
      <TenantLogoSection slug={tenant.slug} tenantName={tenant.name} />
      <section aria-labelledby={exportHeadingId}>
        <h2 id={exportHeadingId}>{t('administration.export.title')}</h2>
        <p>{t('administration.export.body')}</p>
        <a className="button button--secondary" href={`/api/export/${tenant.slug}`} download>
          {t('administration.export.download')}
        </a>
        <h3>{t('administration.workbook.title')}</h3>
        <WorkbookExport slug={tenant.slug} />
      </section>
    </>
  );
}
