import { SubmitButton } from './submit-button.tsx';

/**
 * A form's last row: its submit button (saying so while the request runs) and Cancel. Each area
 * names the words (`SaveOrCancel` of the interventions, the board's organisation …).
 */
export function SubmitOrCancel({
  label,
  pendingLabel,
  cancelLabel,
  isPending,
  onCancel,
  className = 'button-row',
}: {
  label: string;
  /** What the submit button says while pending; "Arbetar…" unless the form has its own word. */
  pendingLabel?: string;
  cancelLabel: string;
  isPending: boolean;
  onCancel: () => void;
  className?: string;
}) {
  return (
    <div className={className}>
      <SubmitButton label={label} isPending={isPending} pendingLabel={pendingLabel} />
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
