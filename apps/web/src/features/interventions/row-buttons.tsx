import type { ReactNode } from 'react';

/** A table row's actions cell (edit, delete …), its buttons side by side. */
export function RowButtons({ children }: { children: ReactNode }) {
  return (
    <td>
      <div className="insatser-actions">{children}</div>
    </td>
  );
}

/**
 * One action on a table row. Its name carries the row (`subject`, read but not shown, with its
 * separator: " 2019", ": Minst 40 % till arbete"), so a screen reader's list of buttons says which
 * row each one acts on.
 */
export function RowButton({
  label,
  subject,
  onClick,
}: {
  label: string;
  subject: string;
  onClick: () => void;
}) {
  return (
    <button type="button" className="button button--secondary" onClick={onClick}>
      {label}
      <span className="visually-hidden">{subject}</span>
    </button>
  );
}
