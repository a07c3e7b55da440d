import { readFileSync } from 'node:fs';
import type { CompositionFinding } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { svWhole as sv, swedishT as t } from '../../../lib/swedish-t.ts';

import {
  compositionSheet,
  findingText,
  periodText,
  representsText,
  roleText,
  sortFindings,
} from './organisation-text.ts';

const finding = (over: Partial<CompositionFinding>): CompositionFinding => ({
  rule: 'finsam10',
  level: 'problem',
  key: 'boardOrganisation.findings.cooptedOnly',
  params: { name: 'Ockelbo kommun', body: 'Förbundsstyrelse' },
  bodyId: 'b',
  memberId: 'm',
  source: '',
  ...over,
});

const seat = {
  personName: 'Kenneth Axling',
  party: 'S',
  role: 'viceChair' as const,
  title: '',
  memberName: null,
  memberGroup: 'municipalities' as const,
  substituteOrder: null,
  fromDate: '2019-04-01',
  toDate: '2023-03-31',
};

describe('the findings as sentences', () => {
  it('names a co-opted-only member as the brief words it', () => {
    expect(findingText(t, finding({}))).toBe(
      'Ockelbo kommun har ingen plats i styrelsen, bara en adjungerad representant.',
    );
  });
  it('names a group rule by the group ("Kommunerna: 4 av 5 ordinarie platser tillsatta")', () => {
    const text = findingText(
      t,
      finding({
        rule: 'forbundsordning',
        key: 'boardOrganisation.findings.ordinaryMissing',
        params: { name: '', group: 'municipalities', held: 4, required: 5, body: 'Förbundsstyrelse' },
      }),
    );
    expect(text).toBe('Kommunerna: 4 av 5 ordinarie platser tillsatta i Förbundsstyrelse.');
  });
  it('names the group a joint seat stands for', () => {
    const text = findingText(
      t,
      finding({
        key: 'boardOrganisation.findings.jointOnly',
        params: { name: 'Hofors kommun', group: 'municipalities', body: 'FS' },
      }),
    );
    expect(text).toContain('Hofors kommun företräds bara genom en gemensam plats för Kommunerna');
  });
  it('puts problems first, then hints, then what is in order', () => {
    const sorted = sortFindings([
      finding({ level: 'ok', memberId: '1' }),
      finding({ level: 'hint', memberId: '2' }),
      finding({ level: 'problem', memberId: '3' }),
      finding({ level: 'ok', memberId: '4' }),
    ]);
    expect(sorted.map((f) => f.memberId)).toEqual(['3', '2', '1', '4']);
  });
  it('every finding key has a sentence', () => {
    for (const key of Object.keys(sv.boardOrganisation.findings))
      expect(
        t(`boardOrganisation.findings.${key}` as 'boardOrganisation.findings.cooptedOnly'),
      ).not.toContain('findings.');
  });
});

describe('seat texts', () => {
  it('role, represents and period', () => {
    expect(roleText(t, seat)).toBe('Vice ordförande');
    expect(roleText(t, { role: 'substitute', title: '', substituteOrder: 2 })).toBe('Ersättare nr 2');
    expect(roleText(t, { role: 'staff', title: 'Förbundschef 100 %', substituteOrder: null })).toBe(
      'Anställd (Förbundschef 100 %)',
    );
    expect(representsText(t, seat)).toBe('Kommunerna');
    expect(representsText(t, { memberName: 'Region Gävleborg', memberGroup: null })).toBe('Region Gävleborg');
    expect(representsText(t, { memberName: null, memberGroup: null })).toBe('–');
    expect(periodText(t, seat)).toBe('2019-04-01 – 2023-03-31');
    expect(periodText(t, { fromDate: '2019-01-01', toDate: null })).toBe('2019-01-01 – tills vidare');
  });
  it('the composition sheet: a header and a row per seat', () => {
    expect(compositionSheet(t, [{ name: 'Förbundsstyrelse', seats: [seat] }])).toEqual([
      ['Organ', 'Roll', 'Namn', 'Parti', 'Representerar', 'Från', 'Till'],
      [
        'Förbundsstyrelse',
        'Vice ordförande',
        'Kenneth Axling',
        'S',
        'Kommunerna',
        '2019-04-01',
        '2023-03-31',
      ],
    ]);
  });
});

describe('the catalogue', () => {
  it('has a Swedish sentence for every message key the board schemas and checks use', () => {
    const keys = new Set<string>();
    for (const file of ['board.ts', 'composition.ts']) {
      const source = readFileSync(
        new URL(`../../../../../../packages/domain/src/board/${file}`, import.meta.url),
        'utf8',
      );
      for (const [, key] of source.matchAll(/'boardOrganisation\.([A-Za-z]+)'/g)) keys.add(key ?? '');
    }
    expect(keys.size).toBeGreaterThan(20);
    const missing = [...keys].filter((key) => !(key in sv.validation.boardOrganisation));
    expect(missing).toEqual([]);
  });
});
