import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';

/**
 * A checklist point's or a criterion's buttons for admins: move up/down (marked `data-move` so
 * focus can follow the row), activate or deactivate, and delete (asked first) while nothing uses it.
 */
export function SettingsRowActions({
  name,
  moveKey,
  isFirst,
  isLast,
  isActive,
  isUsed,
  isPending,
  onEdit,
  onMove,
  onToggleActive,
  onDelete,
}: {
  name: string;
  moveKey: string;
  isFirst: boolean;
  isLast: boolean;
  isActive: boolean;
  isUsed: boolean;
  isPending: boolean;
  onEdit: () => void;
  onMove: (step: -1 | 1) => void;
  onToggleActive: () => void;
  onDelete: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const small = 'button button--secondary';
  return (
    <span className="button-row">
      <button
        type="button"
        className={small}
        data-edit={moveKey}
        aria-label={t('applicationReview.settings.editNamed', { name })}
        onClick={onEdit}
      >
        {t('applicationReview.settings.edit')}
      </button>
      {([-1, 1] as const).map((step) =>
        (step === -1 ? isFirst : isLast) ? null : (
          <button
            key={step}
            type="button"
            className={small}
            data-move={`${moveKey}:${step}`}
            aria-disabled={isPending}
            aria-label={t(
              step === -1
                ? 'applicationReview.settings.moveUpNamed'
                : 'applicationReview.settings.moveDownNamed',
              { name },
            )}
            onClick={() => !isPending && onMove(step)}
          >
            {t(step === -1 ? 'applicationReview.settings.moveUp' : 'applicationReview.settings.moveDown')}
          </button>
        ),
      )}
      <button
        type="button"
        className={small}
        aria-disabled={isPending}
        aria-label={t(
          isActive
            ? 'applicationReview.settings.deactivateNamed'
            : 'applicationReview.settings.activateNamed',
          { name },
        )}
        onClick={() => !isPending && onToggleActive()}
      >
        {t(isActive ? 'applicationReview.settings.deactivate' : 'applicationReview.settings.activate')}
      </button>
      {isUsed ? null : (
        <button
          type="button"
          className={small}
          aria-label={t('applicationReview.settings.removeNamed', { name })}
          onClick={() => setIsConfirming(true)}
        >
          {t('applicationReview.settings.remove')}
        </button>
      )}
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('applicationReview.settings.removeConfirmTitle', { name })}
        confirmLabel={t('applicationReview.settings.remove')}
        tone="danger"
        isPending={isPending}
        error={error ? errorMessageOf(error) : null}
        onConfirm={() =>
          void onDelete().then(
            () => setIsConfirming(false),
            (failure: unknown) => setError(failure),
          )
        }
        onCancel={() => {
          setIsConfirming(false);
          setError(null);
        }}
      >
        <p>{t('applicationReview.settings.removeConfirmBody')}</p>
      </ConfirmDialog>
    </span>
  );
}

/** After a move: focus the moved row's same button, or its other one at an end of the list. */
export function focusMoved(container: HTMLElement | null, moveKey: string, step: -1 | 1): void {
  const same = container?.querySelector<HTMLElement>(`[data-move="${moveKey}:${step}"]`);
  const other = container?.querySelector<HTMLElement>(`[data-move="${moveKey}:${-step}"]`);
  (same ?? other)?.focus();
}
