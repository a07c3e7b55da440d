import type { ReactNode } from 'react';

/**
 * Under a list: the form for the entry being edited (`null` for a new one) while one is open;
 * otherwise, for editors, the button that opens an empty one.
 */
export function AddOrEdit<Entry>({
  editing,
  canAdd,
  addLabel,
  onAdd,
  children,
}: {
  editing: Entry | 'new' | null;
  canAdd: boolean;
  addLabel: string;
  onAdd: () => void;
  children: (entry: Entry | null) => ReactNode;
}) {
  if (editing !== null) return children(editing === 'new' ? null : editing);
  if (!canAdd) return null;
  return (
    <p>
      <button type="button" className="button button--secondary" onClick={onAdd}>
        {addLabel}
      </button>
    </p>
  );
}
