import type { TFunction } from 'i18next';
import { type Column, numberColumn } from '../../../components/column-headers.tsx';

/**
 * The columns of a statement's result that the results table and the import preview both show, in
 * this order: its code, wording and scope, n, the score and NNS's national figure.
 */
export const nnsStatementColumns = (t: TFunction): Column[] => [
  t('nns.columns.code'),
  t('nns.columns.statement'),
  t('nns.columns.scope'),
  numberColumn(t('nns.columns.n')),
  numberColumn(t('nns.columns.value')),
  numberColumn(t('nns.columns.national')),
];
