import { getSchema } from '@tiptap/react';
import { describe, expect, it } from 'vitest';
import { editorExtensions } from './editor-extensions.ts';

describe('editorExtensions', () => {
  const schema = getSchema(editorExtensions());

  it('draws heading levels 1–3 as h3–h5, under the page’s h1 title and h2 "Förbundets text"', () => {
    const tags = [1, 2, 3].map((level) => {
      const node = schema.nodes.heading?.create({ level });
      const dom = node ? schema.nodes.heading?.spec.toDOM?.(node) : null;
      return Array.isArray(dom) ? dom[0] : null;
    });
    expect(tags).toEqual(['h3', 'h4', 'h5']);
  });

  it('holds nothing the written blocks cannot: no quotes, code, rules, strike, links or underline', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [
        'bulletList',
        'doc',
        'hardBreak',
        'heading',
        'listItem',
        'orderedList',
        'paragraph',
        'table',
        'tableCell',
        'tableHeader',
        'tableRow',
        'text',
      ].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic']);
  });
});
