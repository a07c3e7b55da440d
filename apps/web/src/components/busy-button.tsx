import type { ReactNode } from 'react';

/**
 * A button that starts a request by itself (not a form's submit: mark as held, copy last year's,
 * send reminders). While the request runs it stays focusable (aria-disabled rather than disabled,
 * which would drop keyboard focus) and a second press does nothing.
 */
export function BusyButton({
  isBusy,
  onClick,
  tone = 'secondary',
  children,
}: {
  isBusy: boolean;
  onClick: () => void;
  tone?: 'primary' | 'secondary' | 'danger';
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`button button--${tone}`}
      aria-disabled={isBusy}
      onClick={() => {
        if (!isBusy) onClick();
      }}
    >
      {children}
    </button>
  );
}
