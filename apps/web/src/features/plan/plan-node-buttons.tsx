import { useTranslation } from 'react-i18next';
import { MoveButtons } from './plan-form-parts.tsx';
import { type MovableKind, type TreeControls, treeButtonId } from './plan-tree-state.ts';

/** Edit, move and delete buttons for one node, named after it for screen readers. */
export function NodeButtons({
  kind,
  id,
  name,
  isFirst,
  isLast,
  controls,
  onEdit,
  isBlock = false,
}: {
  kind: MovableKind;
  id: string;
  name: string;
  isFirst: boolean;
  isLast: boolean;
  controls: TreeControls;
  onEdit: (returnFocusTo: string) => void;
  /** On a row of its own (an area's), rather than beside the node's text. */
  isBlock?: boolean;
}) {
  const { t } = useTranslation();
  if (!controls.isEditable || controls.editing !== null) return null;
  const editId = treeButtonId(kind, id, 'edit');
  const Row = isBlock ? 'div' : 'span';
  return (
    <Row className="button-row no-print">
      <button
        id={editId}
        type="button"
        className="button button--secondary plan-small-button"
        aria-label={t('plan.common.editNamed', { name })}
        onClick={() => onEdit(editId)}
      >
        {t('plan.common.edit')}
      </button>
      <MoveButtons
        name={name}
        moveKey={`${kind}-${id}`}
        isFirst={isFirst}
        isLast={isLast}
        isPending={controls.isMoving}
        onMove={(step) => controls.move(kind, id, step)}
      />
      <button
        type="button"
        className="button button--secondary plan-small-button"
        aria-label={t('plan.common.deleteNamed', { name })}
        onClick={() => controls.askDelete({ kind, id, name })}
      >
        {t('plan.common.delete')}
      </button>
    </Row>
  );
}
