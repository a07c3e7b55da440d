import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import type { SiePreview } from './sie-import-types.ts';
import { UnitNote } from './unit-note.tsx';

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
  return (
    <section aria-labelledby="sie-objects-title">
      <h2 id="sie-objects-title">{t('economy.sieImport.objectsTitle')}</h2>
      <p>{t('economy.sieImport.objectsIntro')}</p>
      <ScrollRegion label={caption}>
        <table className="economy-table">
          <caption>
            {caption}
            <UnitNote />
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('economy.sieImport.dimension')}</th>
              <th scope="col">{t('economy.sieImport.object')}</th>
              <th scope="col" className="num">
                {t('economy.sieImport.amount')}
              </th>
              <th scope="col">{t('economy.sieImport.intervention')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.objects.map((object) => {
              const dimension = object.dimensionName || String(object.dimension);
              const name = object.name ? `${object.objectId} ${object.name}` : object.objectId;
              return (
                <tr key={`${object.dimension}|${object.objectId}`}>
                  <td>{dimension}</td>
                  <th scope="row">{name}</th>
                  <td className="num">{formatAmount(object.amount, unit)}</td>
                  <td>
                    <select
                      className="field__input"
                      aria-label={t('economy.sieImport.interventionFor', { dimension, object: name })}
                      value={object.interventionId ?? ''}
                      disabled={disabled}
                      onChange={(event) => onChoose(object, event.target.value || null)}
                    >
                      <option value="">{t('economy.sieImport.noIntervention')}</option>
                      {interventions.map((intervention) => (
                        <option key={intervention.id} value={intervention.id}>
                          {intervention.name}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p>{t('economy.sieImport.allocated', { amount: formatAmount(preview.allocated, unit) })}</p>
    </section>
  );
}
