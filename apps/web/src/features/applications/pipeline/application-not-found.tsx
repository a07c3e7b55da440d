import { useTranslation } from 'react-i18next';
import { ErrorPage } from '../../../components/error-page.tsx';
import { NotFoundPage, type WayBack } from '../../errors/not-found-page.tsx';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';

function useWayBack(): WayBack {
  const { t } = useTranslation();
  return { to: `/f/${useTenantSlug()}/ansokningar`, label: t('applicationPipeline.backToPipeline') };
}

/** An application page whose address names nothing: says so, with a way back to the pipeline. */
export function ApplicationNotFound() {
  return <NotFoundPage back={useWayBack()} />;
}

/** A failed load: "not found" for a wrong address (or a malformed id), otherwise the error page with a retry. */
export function ApplicationLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return <ErrorPage error={error} onRetry={onRetry} back={useWayBack()} />;
}
