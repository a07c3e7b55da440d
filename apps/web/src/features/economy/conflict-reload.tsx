import type { QueryFilters } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SchemaForm } from '../../components/form/use-schema-form.ts';

/**
 * After a stale edit's conflict, the way out: load what someone else saved (the editor is then
 * rebuilt from it). Shown only for that failure.
 */
export function ConflictReload({
  form,
  filter,
}: {
  form: Pick<SchemaForm<never, never>, 'formError'>;
  filter: QueryFilters;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  if (form.formError?.key !== 'errors.conflict.stale') return null;
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => void queryClient.invalidateQueries(filter)}
    >
      {t('economy.balances.reload')}
    </button>
  );
}
