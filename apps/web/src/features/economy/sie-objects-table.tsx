import { useTranslation } from 'react-i18next';
import { numberColumn } from '../../components/column-headers.tsx';
import { RowSelect } from '../../components/row-select.tsx';
import { EconomyDataTable } from './economy-data-table.tsx';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import type { SiePreview } from './sie-import-types.ts';

/**
 * The projects and cost centres the books put intervention funds on, each with the intervention
 * it is (or none): the import splits the intervention-funds actuals by them.
 */
export function SieObjectsTable({
  preview,
  interventions,
  onChoose,
  disabled,
}: {
  preview: SiePreview;
  interventions: { id: string; name: string }[];
  onChoose: (object: { dimension: number; objectId: string }, interventionId: string | null) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const unit = useMoneyUnit();
  if (preview.objects.length === 0) return null;
  const caption = t('economy.sieImport.objectsCaption');
  const options = [
    { value: '', label: t('economy.sieImport.noIntervention') },
    ...interventions.map((intervention) => ({ value: intervention.id, label: intervention.name })),
  ];
  return (
    <section aria-labelledby="sie-objects-title">
      <h2 id="sie-objects-title">{t('economy.sieImport.objectsTitle')}</h2>
      <p>{t('economy.sieImport.objectsIntro')}</p>
      <EconomyDataTable
        title={caption}
        columns={[
          t('economy.sieImport.dimension'),
          t('economy.sieImport.object'),
          numberColumn(t('economy.sieImport.amount')),
          t('economy.sieImport.intervention'),
        ]}
        rows={preview.objects}
        rowKey={(object) => `${object.dimension}|${object.objectId}`}
      >
        {(object) => {
          const dimension = object.dimensionName || String(object.dimension);
          const name = object.name ? `${object.objectId} ${object.name}` : object.objectId;
          return (
            <>
              <td>{dimension}</td>
              <th scope="row">{name}</th>
              <td className="num">{formatAmount(object.amount, unit)}</td>
              <td>
                <RowSelect
                  label={t('economy.sieImport.interventionFor', { dimension, object: name })}
                  value={object.interventionId ?? ''}
                  disabled={disabled}
                  onChange={(value) => onChoose(object, value || null)}
                  options={options}
                />
              </td>
            </>
          );
        }}
      </EconomyDataTable>
      <p>{t('economy.sieImport.allocated', { amount: formatAmount(preview.allocated, unit) })}</p>
    </section>
  );
}
