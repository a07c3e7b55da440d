import { describe, expect, it } from 'vitest';
import { documentTitle } from './document-title.ts';

describe('documentTitle', () => {
  it('takes the year or period the h1 adds to the first part', () => {
    expect(documentTitle(['Budget', 'Ekonomi', 'Gävleborg'], 'Budget 2019', 'Samsyn')).toBe(
      'Budget 2019 – Ekonomi – Gävleborg – Samsyn',
    );
  });

  it('keeps the parts when the h1 says the same, something else, or is not text', () => {
    expect(documentTitle(['Översikt', 'Gävleborg'], 'Översikt', 'Samsyn')).toBe(
      'Översikt – Gävleborg – Samsyn',
    );
    expect(documentTitle(['Insatskatalog'], 'Trisam individ', 'Samsyn')).toBe('Insatskatalog – Samsyn');
    expect(documentTitle(['Logg'], { type: 'span' }, 'Samsyn')).toBe('Logg – Samsyn');
    expect(documentTitle([], 'Samsyn', 'Samsyn')).toBe('Samsyn');
  });
});
