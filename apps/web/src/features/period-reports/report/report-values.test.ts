import { describe, expect, it } from 'vitest';
import { isOverdue, positionOf, sectionsNotReady, sourceLabelKey } from './report-values.ts';

const section = (changes: Partial<Parameters<typeof isOverdue>[0]> = {}) => ({
  enabled: true,
  readyAt: null,
  deadline: '2026-12-01',
  ...changes,
});

describe('isOverdue', () => {
  it('marks a section not ready whose deadline was before today', () => {
    expect(isOverdue(section(), '2026-12-02')).toBe(true);
  });
  it('does not mark a section due today, ready, switched off or without a deadline', () => {
    expect(isOverdue(section(), '2026-12-01')).toBe(false);
    expect(isOverdue(section({ readyAt: '2026-11-30T10:00:00Z' }), '2026-12-05')).toBe(false);
    expect(isOverdue(section({ enabled: false }), '2026-12-05')).toBe(false);
    expect(isOverdue(section({ deadline: null }), '2026-12-05')).toBe(false);
  });
});

describe('sectionsNotReady', () => {
  it('names the enabled sections not ready by number and title, in order', () => {
    expect(
      sectionsNotReady([
        { ...section(), number: '1', title: 'Förvaltningsberättelse' },
        { ...section({ readyAt: '2026-11-30T10:00:00Z' }), number: '1.1', title: 'Sammanfattning' },
        { ...section({ enabled: false }), number: '', title: 'Avstängd' },
        { ...section(), number: '', title: 'Bilaga 1' },
      ]),
    ).toEqual(['1 Förvaltningsberättelse', 'Bilaga 1']);
  });
});

describe('sourceLabelKey', () => {
  it('names a generator by its source and a written section as written', () => {
    expect(sourceLabelKey('incomeStatement')).toBe('reportLabels.source.incomeStatement');
    expect(sourceLabelKey(null)).toBe('reportLabels.source.written');
  });
});

describe('positionOf', () => {
  it('knows the first and the last row', () => {
    expect(positionOf(0, 3)).toEqual({ isFirst: true, isLast: false });
    expect(positionOf(2, 3)).toEqual({ isFirst: false, isLast: true });
    expect(positionOf(0, 1)).toEqual({ isFirst: true, isLast: true });
  });
});
