import { useTranslation } from 'react-i18next';
import { ErrorPage } from '../../components/error-page.tsx';
import { NotFoundPage, type WayBack } from '../errors/not-found-page.tsx';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';

function useWayBack(): WayBack {
  const { t } = useTranslation();
  return { to: `/f/${useTenantSlug()}/insatser`, label: t('interventions.common.backToRegister') };
}

/** An intervention page whose address names nothing: says so, with a way back to the register. */
export function InterventionNotFound() {
  return <NotFoundPage back={useWayBack()} />;
}

/** A page's failed load: "not found" for a wrong address, otherwise the error page with a retry. */
export function InterventionLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return <ErrorPage error={error} onRetry={onRetry} back={useWayBack()} />;
}
