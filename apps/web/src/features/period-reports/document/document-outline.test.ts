import { describe, expect, it } from 'vitest';
import { documentOutline, sectionAnchor } from './document-outline.ts';

const section = (sectionId: string, number: string, title: string, level: 1 | 2) => ({
  sectionId,
  number,
  title,
  level,
});

describe('documentOutline', () => {
  it('nests each level-2 section under the level-1 section before it, numbered', () => {
    expect(
      documentOutline([
        section('a', '1', 'Förvaltningsberättelse', 1),
        section('b', '1.1', 'Sammanfattning', 2),
        section('c', '1.2', 'Medlemmar', 2),
        section('d', '2', 'Styrelsens arbete', 1),
        section('e', '', 'Bilaga 1 Mål och resultat av insatser', 1),
      ]),
    ).toEqual([
      {
        sectionId: 'a',
        label: '1 Förvaltningsberättelse',
        children: [
          { sectionId: 'b', label: '1.1 Sammanfattning', children: [] },
          { sectionId: 'c', label: '1.2 Medlemmar', children: [] },
        ],
      },
      { sectionId: 'd', label: '2 Styrelsens arbete', children: [] },
      { sectionId: 'e', label: 'Bilaga 1 Mål och resultat av insatser', children: [] },
    ]);
  });

  it('keeps a level-2 section that comes before any level-1 section at the top', () => {
    expect(documentOutline([section('x', '1.1', 'Först', 2), section('y', '1', 'Sedan', 1)])).toEqual([
      { sectionId: 'x', label: '1.1 Först', children: [] },
      { sectionId: 'y', label: '1 Sedan', children: [] },
    ]);
  });

  it('names the anchor the contents link to', () => {
    expect(sectionAnchor('abc')).toBe('avsnitt-abc');
  });
});
