import { budgetLineKinds, costKinds, funderGroups } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '../../components/form/money-input.tsx';
import type { SchemaForm } from '../../components/form/use-schema-form.ts';
import type { BudgetFormValues } from './budget-form.ts';
import { CellField } from './cell-field.tsx';
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
          <CellField form={form} name={`${path}.name`}>
            {(control) => (
              <input
                {...control}
                {...form.register(`${path}.name`)}
                className="field__input"
                readOnly={!canEdit}
              />
            )}
          </CellField>
        </td>
        <td>
          <CellField form={form} name={`${path}.kind`}>
            {(control) => (
              <select
                {...control}
                {...form.register(`${path}.kind`)}
                className="field__input"
                disabled={!canEdit}
              >
                {budgetLineKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`economy.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </CellField>
        </td>
        <td>
          {line.kind === 'cost' ? (
            // Asked of every cost line: the comparisons and national figures count it by this.
            <CellField form={form} name={`${path}.costKind`}>
              {(control) => (
                <select
                  {...control}
                  {...form.register(`${path}.costKind`)}
                  className="field__input"
                  disabled={!canEdit}
                >
                  <option value="">{t('economy.budget.chooseCostKind')}</option>
                  {costKinds.map((costKind) => (
                    <option key={costKind} value={costKind}>
                      {t(`economy.costKinds.${costKind}`)}
                    </option>
                  ))}
                </select>
              )}
            </CellField>
          ) : null}
        </td>
        <td>
          {line.kind === 'contribution' ? (
            <CellField form={form} name={`${path}.funderGroup`}>
              {(control) => (
                <select
                  {...control}
                  {...form.register(`${path}.funderGroup`)}
                  className="field__input"
                  disabled={!canEdit}
                >
                  <option value="">{t('economy.common.none')}</option>
                  {funderGroups.map((group) => (
                    <option key={group} value={group}>
                      {t(`economy.funderGroups.${group}`)}
                    </option>
                  ))}
                </select>
              )}
            </CellField>
          ) : null}
        </td>
        <td>
          <CellField form={form} name={`${path}.group`}>
            {(control) => (
              <input
                {...control}
                {...form.register(`${path}.group`)}
                className="field__input field__input--short"
                readOnly={!canEdit}
              />
            )}
          </CellField>
        </td>
        {years.map((year, yearIndex) => (
          <td key={year} className="num">
            <CellField form={form} name={`${path}.amounts.${yearIndex}`}>
              {(control) => (
                <MoneyInput
                  {...control}
                  {...form.register(`${path}.amounts.${yearIndex}`)}
                  readOnly={!canEdit}
                />
              )}
            </CellField>
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
