import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region.tsx';

/**
 * The formal check as a table: a row per checklist point (numbered, the point as the row's
 * header), its answer and its comment; the form fills the cells with its fields, the yttrande with
 * what was answered.
 */
export function FormalCheckTable<Row extends { pointId: string; text: string }>({
  label,
  rows,
  pointNote,
  answer,
  comment,
}: {
  label: string;
  rows: readonly Row[];
  /** More about a point after its text (inactive, who answered it). */
  pointNote?: (row: Row) => ReactNode;
  answer: (row: Row, index: number) => ReactNode;
  comment: (row: Row, index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={label}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('applicationReview.formal.point')}</th>
            <th scope="col">{t('applicationReview.formal.answer')}</th>
            <th scope="col">{t('applicationReview.formal.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.pointId}>
              <th scope="row">
                {index + 1}. {row.text}
                {pointNote?.(row)}
              </th>
              {answer(row, index)}
              {comment(row, index)}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
