import { describe, expect, it } from 'vitest';
import { targetGroupText } from './target-group-text.ts';

describe('targetGroupText', () => {
  it('names a group once when the own wording repeats it (Mentorskap in the demo)', () => {
    expect(
      targetGroupText(['Myndighetspersonal i samverkan', 'Arbetsgivare'], 'Myndighetspersonal i samverkan'),
    ).toBe('Myndighetspersonal i samverkan; Arbetsgivare');
    expect(targetGroupText(['Arbetsgivare'], ' arbetsgivare ')).toBe('Arbetsgivare');
  });

  it('keeps own wording that says more, and shows either part alone', () => {
    expect(targetGroupText(['Unga vuxna 16–29 år'], 'Unga vuxna i behov av extra stöd')).toBe(
      'Unga vuxna 16–29 år; Unga vuxna i behov av extra stöd',
    );
    expect(targetGroupText([], 'Personer med behov av samordnad rehabilitering')).toBe(
      'Personer med behov av samordnad rehabilitering',
    );
    expect(targetGroupText(['Arbetsgivare'], '')).toBe('Arbetsgivare');
    expect(targetGroupText([], '')).toBe('');
  });
});
