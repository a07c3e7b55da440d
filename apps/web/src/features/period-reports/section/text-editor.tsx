import type { Block } from '@samsyn/domain';
import { EditorContent, useEditor } from '@tiptap/react';
import { useRef, useState } from 'react';
import { blocksToEditor, type EditorNode, type EditorToBlocks, editorToBlocks } from './editor-blocks.ts';
import { editorExtensions } from './editor-extensions.ts';
import { EditorToolbar } from './editor-toolbar.tsx';

/**
 * The section's rich text editor (TipTap), its own chunk: loaded only when someone may write, so
 * neither the first download nor a reader pays for ProseMirror. It starts from the written blocks
 * and reports every change as blocks (with what they could not hold), so the page decides about
 * saving and unsaved changes without knowing the editor's JSON.
 */
export function TextEditor({
  initial,
  editorId,
  labelId,
  hintId,
  onChange,
}: {
  initial: readonly Block[];
  editorId: string;
  labelId: string;
  hintId: string;
  onChange: (result: EditorToBlocks) => void;
}) {
  const toolbar = useRef<HTMLDivElement>(null);
  const changed = useRef(onChange);
  changed.current = onChange;
  // Built once: new extensions or content on a render would make TipTap reconfigure the editor.
  const [setup] = useState(() => ({
    extensions: editorExtensions(() => {
      toolbar.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
    }),
    content: blocksToEditor(initial),
    editorProps: {
      attributes: {
        id: editorId,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': hintId,
        class: 'section-editor__area',
        spellcheck: 'true',
        lang: 'sv',
      },
    },
  }));
  const editor = useEditor({
    ...setup,
    onUpdate: ({ editor: current }) => changed.current(editorToBlocks(current.getJSON() as EditorNode)),
  });
  return (
    <div className="section-editor">
      <EditorToolbar editor={editor} editorId={editorId} toolbarRef={toolbar} />
      <EditorContent editor={editor} />
    </div>
  );
}
