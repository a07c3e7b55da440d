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
  describedBy,
  children,
}: {
  isBusy: boolean;
  onClick: () => void;
  tone?: 'primary' | 'secondary' | 'danger';
  /** The id of a hint that says what the button does. */
  describedBy?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`button button--${tone}`}
      aria-disabled={isBusy}
      aria-describedby={describedBy}
      onClick={() => {
        if (!isBusy) onClick();
      }}
    >
      {children}
    </button>
  );
}
