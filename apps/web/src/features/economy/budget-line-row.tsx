import { budgetLineKinds, costKinds, funderGroups } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import type { SchemaForm } from '../../components/form/use-schema-form.ts';
import type { BudgetFormValues } from './budget-form.ts';
import { CellInput, CellMoney, CellSelect } from './cell-controls.tsx';
import { formatAmount, useMoneyUnit } from './money-unit.ts';

type Form = SchemaForm<BudgetFormValues, unknown>;

/** One line of the budget editor, with its "varav" lines (read-only) under it. */
export function BudgetLineRow({
  form,
  index,
  years,
  canEdit,
  isConfirmingRemoval,
  onRemove,
  onConfirmRemoval,
  onCancelRemoval,
}: {
  form: Form;
  index: number;
  years: readonly number[];
  canEdit: boolean;
  isConfirmingRemoval: boolean;
  onRemove: () => void;
  onConfirmRemoval: () => void;
  onCancelRemoval: () => void;
}) {
  const { t } = useTranslation();
  const unit = useMoneyUnit();
  const path = `budget.lines.${index}` as const;
  const line = form.watch(path);
  const number = index + 1;
  return (
    <>
      <tr>
        <td>
          <CellInput form={form} name={`${path}.name`} canEdit={canEdit} />
        </td>
        <td>
          <CellSelect
            form={form}
            name={`${path}.kind`}
            canEdit={canEdit}
            choices={budgetLineKinds.map((kind) => ({ value: kind, label: t(`economy.kinds.${kind}`) }))}
          />
        </td>
        <td>
          {line.kind === 'cost' ? (
            // Asked of every cost line: the comparisons and national figures count it by this.
            <CellSelect
              form={form}
              name={`${path}.costKind`}
              canEdit={canEdit}
              choices={[
                { value: '', label: t('economy.budget.chooseCostKind') },
                ...costKinds.map((costKind) => ({
                  value: costKind,
                  label: t(`economy.costKinds.${costKind}`),
                })),
              ]}
            />
          ) : null}
        </td>
        <td>
          {line.kind === 'contribution' ? (
            <CellSelect
              form={form}
              name={`${path}.funderGroup`}
              canEdit={canEdit}
              choices={[
                { value: '', label: t('economy.common.none') },
                ...funderGroups.map((group) => ({ value: group, label: t(`economy.funderGroups.${group}`) })),
              ]}
            />
          ) : null}
        </td>
        <td>
          <CellInput form={form} name={`${path}.group`} canEdit={canEdit} isShort />
        </td>
        {years.map((year, yearIndex) => (
          <td key={year} className="num">
            <CellMoney form={form} name={`${path}.amounts.${yearIndex}`} canEdit={canEdit} />
          </td>
        ))}
        {canEdit ? (
          <td>
            {isConfirmingRemoval ? (
              <span className="economy-confirm">
                <span>{t('economy.budget.removeConfirm', { name: line.name || String(number) })}</span>
                <button type="button" className="button button--danger" onClick={onConfirmRemoval}>
                  {t('economy.common.confirmRemove')}
                </button>
                <button type="button" className="button button--secondary" onClick={onCancelRemoval}>
                  {t('economy.common.cancel')}
                </button>
              </span>
            ) : (
              <button type="button" className="button button--secondary" onClick={onRemove}>
                {t('economy.budget.removeLine', { number })}
              </button>
            )}
          </td>
        ) : null}
      </tr>
      {(line.ofWhich ?? []).map((sub) => (
        <tr key={sub.code} className="economy-table__sub">
          <td colSpan={5}>{t('economy.budget.ofWhich', { name: sub.name })}</td>
          {years.map((year, yearIndex) => {
            const amount = sub.amounts[yearIndex];
            return (
              <td key={year} className="num">
                {amount === null || amount === undefined
                  ? t('economy.common.none')
                  : formatAmount(amount, unit)}
              </td>
            );
          })}
          {canEdit ? <td /> : null}
        </tr>
      ))}
    </>
  );
}
