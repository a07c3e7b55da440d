import { useTranslation } from 'react-i18next';

/**
 * A button that starts a request outside a form (import, save a preview, write instead), saying so
 * while the request runs. aria-disabled rather than disabled, as `SubmitButton`: a disabled button
 * would drop keyboard focus mid-request.
 */
export function ActionButton({
  label,
  isPending,
  pendingLabel,
  onClick,
  variant = 'primary',
}: {
  label: string;
  isPending: boolean;
  /** What the button says while pending; "Arbetar…" unless the page has its own word. */
  pendingLabel?: string;
  onClick: () => void;
  variant?: 'primary' | 'secondary';
}) {
  const { t } = useTranslation();
  return (
    <button type="button" className={`button button--${variant}`} aria-disabled={isPending} onClick={onClick}>
      {isPending ? (pendingLabel ?? t('app.working')) : label}
    </button>
  );
}
