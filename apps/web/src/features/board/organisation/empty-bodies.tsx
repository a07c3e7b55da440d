import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { useOrganisationQueries } from './organisation-shared.ts';

/** A förbund without bodies: one button gives it the usual ones (admins). */
export function EmptyBodies({ onCreated }: { onCreated: (message: Message) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const isAdmin = useTenantRole('admin');
  const create = useApiMutation(trpc.organisation.bodies.createUsual.mutationOptions(), {
    invalidates: useOrganisationQueries(),
  });
  return (
    <div className="empty-state">
      <h2>{t('boardOrganisation.empty.heading')}</h2>
      <p>{t('boardOrganisation.empty.text')}</p>
      {isAdmin ? (
        <>
          <p>{t('boardOrganisation.empty.usualList')}</p>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={create.isPending}
            onClick={() => {
              if (create.isPending) return;
              create.mutate(
                { tenant: tenant.slug },
                { onSuccess: () => onCreated({ key: 'boardOrganisation.empty.created' }) },
              );
            }}
          >
            {t('boardOrganisation.empty.createUsual')}
          </button>
          <ErrorNotice message={create.error ? errorMessageOf(create.error) : null} />
        </>
      ) : (
        <p>{t('boardOrganisation.empty.adminOnly')}</p>
      )}
    </div>
  );
}
