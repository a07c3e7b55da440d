import { useTranslation } from 'react-i18next';

/**
 * A form's submit button, saying so while the request runs. aria-disabled rather than disabled:
 * a disabled button would drop keyboard focus mid-submit.
 */
export function SubmitButton({
  label,
  isPending,
  pendingLabel,
}: {
  label: string;
  isPending: boolean;
  /** What the button says while pending; "Arbetar…" unless the form has its own word. */
  pendingLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button button--primary" aria-disabled={isPending}>
      {isPending ? (pendingLabel ?? t('app.working')) : label}
    </button>
  );
}
