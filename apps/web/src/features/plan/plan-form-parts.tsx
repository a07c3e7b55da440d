import { useTranslation } from 'react-i18next';
import { SubmitOrCancel } from '../../components/form/submit-or-cancel.tsx';

/** The last row of a plan form: save (saying so while it runs) or cancel. */
export function SaveOrCancel({
  isPending,
  onCancel,
  label,
}: {
  isPending: boolean;
  onCancel: () => void;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <SubmitOrCancel
      label={label ?? t('plan.common.save')}
      pendingLabel={t('plan.common.saving')}
      cancelLabel={t('plan.common.cancel')}
      isPending={isPending}
      onCancel={onCancel}
    />
  );
}

/** Move up / move down for one entry of an ordered list; at either end the button is not offered. */
export function MoveButtons({
  name,
  moveKey,
  isFirst,
  isLast,
  isPending,
  onMove,
}: {
  name: string;
  /** Marks the buttons (`data-move="<key>:-1"`) so focus can follow the entry after it moved. */
  moveKey: string;
  isFirst: boolean;
  isLast: boolean;
  isPending: boolean;
  onMove: (step: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {isFirst ? null : (
        <button
          type="button"
          className="button button--secondary plan-small-button"
          data-move={`${moveKey}:-1`}
          aria-label={t('plan.common.moveUpNamed', { name })}
          aria-disabled={isPending}
          onClick={() => !isPending && onMove(-1)}
        >
          {t('plan.common.moveUp')}
        </button>
      )}
      {isLast ? null : (
        <button
          type="button"
          className="button button--secondary plan-small-button"
          data-move={`${moveKey}:1`}
          aria-label={t('plan.common.moveDownNamed', { name })}
          aria-disabled={isPending}
          onClick={() => !isPending && onMove(1)}
        >
          {t('plan.common.moveDown')}
        </button>
      )}
    </>
  );
}

/**
 * After an entry moved and the list re-rendered, focus goes to the same button on the entry's new
 * row (or, at the list's end where that button is gone, the other one), so a keyboard user can
 * keep moving it.
 */
export function focusMoved(container: HTMLElement | null, moveKey: string, step: -1 | 1): void {
  const same = container?.querySelector<HTMLElement>(`[data-move="${moveKey}:${step}"]`);
  const other = container?.querySelector<HTMLElement>(`[data-move="${moveKey}:${-step}"]`);
  (same ?? other)?.focus();
}
