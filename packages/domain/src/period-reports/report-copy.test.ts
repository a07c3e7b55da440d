import { describe, expect, it } from 'vitest';
import { paragraph } from './blocks.ts';
import { type CopiedSection, startingContent } from './report-copy.ts';

describe('startingContent', () => {
  it("starts a förbund's first half-year report from the template: 16 sections, all on, none own", () => {
    const { sections, notes } = startingContent('halfYear', null);
    expect(sections).toHaveLength(16);
    expect(sections.every((section) => section.enabled && !section.custom)).toBe(true);
    expect(sections.map((section) => section.numbered).filter((numbered) => !numbered)).toHaveLength(2);
    expect(sections[12]).toMatchObject({ title: 'Styrelsens beslut', source: 'signatures' });
    expect(sections[12]?.body).toEqual([
      paragraph(
        'Vi intygar att halvårsredovisningen ger en rättvisande bild av verksamhetens resultat samt kostnader, intäkter och förbundets ekonomiska ställning.',
      ),
    ]);
    expect(sections[0]?.body).toEqual([]);
    expect(notes).toEqual([]);
  });

  it('copies the last report as it was: an own section, a switched-off one, the texts, in order', () => {
    const last: CopiedSection[] = [
      {
        level: 1,
        numbered: true,
        title: 'Förvaltningsberättelse',
        source: null,
        custom: false,
        enabled: true,
        body: [],
      },
      {
        level: 2,
        numbered: true,
        title: 'Beskrivning av verksamheten',
        source: null,
        custom: false,
        enabled: true,
        body: [paragraph('Under perioden har förbundet …')],
      },
      {
        level: 2,
        numbered: true,
        title: 'Lokala samverkansgrupper',
        source: null,
        custom: true,
        enabled: true,
        body: [paragraph('Fem grupper har träffats.')],
      },
      {
        level: 2,
        numbered: true,
        title: 'Om förbundet',
        source: 'organisation',
        custom: false,
        enabled: false,
        body: [],
      },
    ];
    const { sections } = startingContent('halfYear', { sections: last, notes: [] });
    expect(sections).toEqual(last);
  });

  it("carries each note's rows over with last period's figure as previous and the current one at 0", () => {
    /** Note 1, "Verksamhetens intäkter", with the rows given. */
    const revenueNote = (lines: { label: string; current: number; previous: number }[]) => ({
      number: 1,
      title: 'Verksamhetens intäkter',
      statementLine: 'revenue' as const,
      lines,
    });
    const { notes } = startingContent('annual', {
      sections: [],
      notes: [
        revenueNote([
          { label: 'Driftbidrag från staten', current: 150_000_000, previous: 140_000_000 },
          { label: 'Ränteintäkter', current: 12_345, previous: 0 },
        ]),
      ],
    });
    expect(notes).toEqual([
      revenueNote([
        { label: 'Driftbidrag från staten', current: 0, previous: 150_000_000 },
        { label: 'Ränteintäkter', current: 0, previous: 12_345 },
      ]),
    ]);
  });
});
