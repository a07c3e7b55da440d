import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { sv } from '../../i18n/sv.ts';
import type { MessageKey } from '../../lib/message-key.ts';
import { cellOf } from './import-cell.ts';

type Preview = inferRouterOutputs<AppRouter>['economy']['actuals']['importPreview'];
type ImportError = Extract<Preview, { ok: false }>['errors'][number];

/** The catalogue sentence for a row error's key (`import.unknownLine`, `money.invalidFormat` …). */
function rowErrorKey(key: string): MessageKey {
  const [group, name] = key.split('.');
  const errors = sv.errors as Record<string, unknown>;
  const node = group ? errors[group] : undefined;
  if (
    typeof node === 'object' &&
    node !== null &&
    name &&
    typeof (node as Record<string, unknown>)[name] === 'string'
  )
    return `errors.${group}.${name}` as MessageKey;
  return 'validation.invalid';
}

/** The rows of a refused file, each with its column, the value as the file has it and the problem. */
export function ImportErrorsTable({
  errors,
  rows,
  fileName,
}: {
  errors: readonly ImportError[];
  rows: readonly (readonly string[])[];
  fileName: string;
}) {
  const { t } = useTranslation();
  const caption = `${t('economy.import.errorsCaption')}: ${fileName}`;
  const columnLabel = (error: ImportError) =>
    error.column ? t(`economy.import.columns.${error.column}`) : t('economy.common.none');
  return (
    <ScrollRegion label={caption}>
      <table className="economy-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('economy.import.row')}</th>
            <th scope="col">{t('economy.import.column')}</th>
            <th scope="col">{t('economy.import.value')}</th>
            <th scope="col">{t('economy.import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row may have several errors
            <tr key={index}>
              <th scope="row">{error.row}</th>
              <td>{columnLabel(error)}</td>
              <td>{cellOf(rows, error, columnLabel(error))}</td>
              <td>{t(rowErrorKey(error.key), { value: error.value ?? '' })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
