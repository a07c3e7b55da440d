import type { Message } from '../../lib/message-key.ts';

/** Which form of the tree is open: one at a time, for a node (id) or a new one (id null). */
export type TreeEditing =
  | { kind: 'area'; id: string | null; returnFocusTo: string }
  | { kind: 'goal'; id: string | null; areaId: string | null; returnFocusTo: string }
  | { kind: 'indicator' | 'activity'; id: string | null; goalId: string; returnFocusTo: string }
  | { kind: 'links'; goalId: string; returnFocusTo: string };

/** A node the editor asked to delete, named in the confirmation. */
export interface TreeDeletion {
  kind: 'area' | 'goal' | 'indicator' | 'activity';
  id: string;
  name: string;
}

export type MovableKind = TreeDeletion['kind'];

/** What the goal cards need from the tree: the open form, and the tree's acts. */
export interface TreeControls {
  isEditable: boolean;
  editing: TreeEditing | null;
  isMoving: boolean;
  edit: (editing: TreeEditing) => void;
  /** Closes the open form; after a save the tree announces it. Focus returns to the opener. */
  done: (isSaved: boolean) => void;
  askDelete: (deletion: TreeDeletion) => void;
  move: (kind: MovableKind, id: string, step: -1 | 1) => void;
}

/** The id of a tree button, so focus can return to it when its form closes. */
export const treeButtonId = (kind: string, id: string, act: string): string => `plan-${kind}-${id}-${act}`;

export const savedNotice: Message = { key: 'plan.tree.saved' };
