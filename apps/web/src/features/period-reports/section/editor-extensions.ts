import { Heading } from '@tiptap/extension-heading';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { Extension, mergeAttributes } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';

/**
 * A table that keeps its caption (the blocks' `caption`, read out before the table and its summary
 * in the PDF) as an attribute: the writer sets it in the toolbar's field, not inside the grid.
 */
export const CaptionedTable = Table.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      caption: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-caption') ?? '',
        renderHTML: (attributes) => ({ 'data-caption': attributes.caption }),
      },
    };
  },
});

/**
 * A heading of level 1 is the first level under the section's own title: on the section page the
 * title is h1 and the text sits under its h2 "Förbundets text", so the editor draws levels 1–3 as
 * h3–h5 — the outline a screen reader lists stays the page's (pasted h1–h3 still read as 1–3).
 */
export const SectionHeading = Heading.extend({
  renderHTML({ node, HTMLAttributes }) {
    return [
      `h${Number(node.attrs.level) + 2}`,
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes),
      0,
    ];
  },
});

/**
 * Escape leaves the text for the toolbar: inside a table Tab moves between cells (and adds a row
 * at the end), so without a way out the keyboard would be trapped there (WCAG 2.1.2).
 */
export const EscapeToToolbar = Extension.create<{ onEscape: () => void }>({
  name: 'escapeToToolbar',
  addOptions() {
    return { onEscape: () => {} };
  },
  addKeyboardShortcuts() {
    return {
      Escape: () => {
        this.options.onEscape();
        return true;
      },
    };
  },
});

/**
 * What the section's text may hold — exactly what the written blocks hold (editor-blocks.ts):
 * headings of three levels, bold, italic, line breaks, one-level lists and tables. Everything else
 * StarterKit brings is off, so neither typing nor pasting makes what the blocks would drop.
 */
export function editorExtensions(onEscape: () => void = () => {}) {
  return [
    StarterKit.configure({
      heading: false,
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      link: false,
      strike: false,
      underline: false,
    }),
    SectionHeading.configure({ levels: [1, 2, 3] }),
    CaptionedTable.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    EscapeToToolbar.configure({ onEscape }),
  ];
}
