import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { type KeyboardEvent, type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldFrame } from '../../../components/form/field-frame.tsx';

interface ToolState {
  heading: boolean;
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  inTable: boolean;
  caption: string;
  canUndo: boolean;
  canRedo: boolean;
}

interface Tool {
  key: 'heading' | 'bold' | 'italic' | 'bulletList' | 'orderedList' | 'table' | 'addRow' | 'addColumn';
  /** A format that is on or off where the cursor is (aria-pressed). */
  pressed?: boolean;
  /** Not possible here now: stays focusable (aria-disabled) so the toolbar keeps its order. */
  disabled?: boolean;
  run: () => void;
}

/**
 * The editor's toolbar (WAI-ARIA toolbar pattern): one Tab stop, arrow keys, Home and End move
 * between the buttons; formats say whether they are on where the cursor is (aria-pressed); what
 * cannot be done right now is aria-disabled rather than removed. In a table, its caption's field.
 */
export function EditorToolbar({
  editor,
  editorId,
  toolbarRef,
}: {
  editor: Editor;
  editorId: string;
  toolbarRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const captionId = useId();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }): ToolState => ({
      heading: e.isActive('heading'),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      inTable: e.isActive('table'),
      caption: String(e.getAttributes('table').caption ?? ''),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    { key: 'heading', pressed: state.heading, run: () => chain().toggleHeading({ level: 1 }).run() },
    { key: 'bold', pressed: state.bold, disabled: state.heading, run: () => chain().toggleBold().run() },
    {
      key: 'italic',
      pressed: state.italic,
      disabled: state.heading,
      run: () => chain().toggleItalic().run(),
    },
    { key: 'bulletList', pressed: state.bulletList, run: () => chain().toggleBulletList().run() },
    { key: 'orderedList', pressed: state.orderedList, run: () => chain().toggleOrderedList().run() },
    {
      key: 'table',
      disabled: state.inTable,
      run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
    { key: 'addRow', disabled: !state.inTable, run: () => chain().addRowAfter().run() },
    { key: 'addColumn', disabled: !state.inTable, run: () => chain().addColumnAfter().run() },
  ];
  const history = [
    { key: 'undo' as const, disabled: !state.canUndo, run: () => chain().undo().run() },
    { key: 'redo' as const, disabled: !state.canRedo, run: () => chain().redo().run() },
  ];
  const all = [...tools, ...history];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowRight: active + 1,
      ArrowLeft: active - 1,
      Home: 0,
      End: all.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + all.length) % all.length;
    setActive(index);
    toolbarRef.current?.querySelectorAll<HTMLButtonElement>('button')[index]?.focus();
  }

  const button = (
    tool: { key: string; pressed?: boolean; disabled?: boolean; run: () => void },
    index: number,
  ) => (
    <button
      key={tool.key}
      type="button"
      className="section-editor__tool"
      tabIndex={index === active ? 0 : -1}
      aria-pressed={tool.pressed}
      aria-disabled={tool.disabled ? true : undefined}
      onFocus={() => setActive(index)}
      onClick={() => {
        if (!tool.disabled) tool.run();
      }}
    >
      {t(`reportSectionsPages.toolbar.${tool.key as Tool['key'] | 'undo' | 'redo'}`)}
    </button>
  );

  return (
    <div className="section-editor__tools">
      <div
        ref={toolbarRef}
        role="toolbar"
        aria-label={t('reportSectionsPages.toolbar.label')}
        aria-controls={editorId}
        className="section-editor__toolbar"
        onKeyDown={onKeyDown}
      >
        {tools.map((tool, index) => button(tool, index))}
        <span className="section-editor__separator" aria-hidden="true" />
        {history.map((tool, index) => button(tool, tools.length + index))}
      </div>
      {state.inTable ? (
        <FieldFrame
          id={captionId}
          label={t('reportSectionsPages.toolbar.caption')}
          hint={t('reportSectionsPages.toolbar.captionHint')}
        >
          {(control) => (
            <input
              {...control}
              className="field__input"
              value={state.caption}
              maxLength={300}
              onChange={(event) =>
                editor.chain().updateAttributes('table', { caption: event.target.value }).run()
              }
            />
          )}
        </FieldFrame>
      ) : null}
    </div>
  );
}
