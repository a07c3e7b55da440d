import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { describeAuditEntry } from '../audit/audit-sentence.ts';
import type { Translate } from '../audit/audit-values.ts';

const t = i18n.t.bind(i18n) as unknown as Translate;

describe('the audit log of a local group’s term', () => {
  it('reads as a sentence naming the group and year, with the meetings changed', () => {
    const text = describeAuditEntry(
      {
        action: 'localGroup.saveTerm',
        entity: 'localGroup',
        entityId: null,
        entityName: 'Mysam Nordanstig',
        before: {
          term: 'spring',
          meetingsHeld: 1,
          allPartiesPresent: true,
          version: 1,
          isDemoEstimate: true,
        },
        after: { year: 2019, term: 'spring', meetingsHeld: 2, allPartiesPresent: true },
      },
      t,
    );
    expect(text).toEqual({
      sentence: 'Lokala gruppen Mysam Nordanstig: möten per termin 2019 sparade',
      details: ['Möten: 1 → 2'],
    });
  });
});
