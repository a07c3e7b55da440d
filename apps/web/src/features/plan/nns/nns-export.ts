import type { TFunction } from 'i18next';
import type { XlsxCell } from '../../economy/table-file.ts';
import { againstNational, changeSinceLastYear } from './nns-format.ts';
import type { NnsPage } from './nns-types.ts';

/** A score cell: the number, so Excel can compute with it; ".." and missing stay text. */
const scoreCell = (value: string | null): XlsxCell =>
  value === null ? null : value === '..' ? value : Number(value);

/**
 * The year's results as the sheet's rows: a bold header, then per statement and scope the same
 * columns as the page, comparisons in words. Pure, so the export is tested without a browser.
 */
export function nnsExportRows(
  page: NnsPage & { year: number },
  t: TFunction,
  scopeLabel: (result: NnsPage['results'][number]) => string,
): XlsxCell[][] {
  const header = [
    t('nns.columns.code'),
    t('nns.import.fileColumns.questionnaire'),
    t('nns.columns.statement'),
    t('nns.columns.scope'),
    t('nns.columns.n'),
    t('nns.columns.value'),
    t('nns.columns.national'),
    t('nns.columns.againstNational'),
    t('nns.columns.lastYear', { year: page.year - 1 }),
    t('nns.columns.change'),
  ].map((label): XlsxCell => ({ value: label, bold: true }));
  return [
    header,
    ...page.results.map((result): XlsxCell[] => {
      const national = againstNational(result.value, result.nationalValue);
      const change = changeSinceLastYear(result.value, result.lastYear?.value ?? null, page.year);
      return [
        result.code,
        t(`nns.questionnaires.${result.questionnaire}`),
        result.text,
        scopeLabel(result),
        result.n,
        scoreCell(result.value),
        scoreCell(result.nationalValue),
        t(national.key, national.values),
        scoreCell(result.lastYear?.value ?? null),
        t(change.key, change.values),
      ];
    }),
  ];
}
