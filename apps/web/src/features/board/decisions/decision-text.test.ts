import { describe, expect, it } from 'vitest';
import { swedishT as t } from '../../../lib/swedish-t.ts';

import {
  adoptedAtText,
  correctedByText,
  type DecisionRowText,
  decisionRefText,
  decisionsSheet,
  definiteGenitive,
  kindText,
} from './decision-text.ts';

const adoption = { id: 'd1', bodyName: 'Förbundsstyrelse', meetingDate: '2019-11-29', paragraph: 20 };
const correction = { id: 'd2', bodyName: 'Förbundsstyrelse', meetingDate: '2020-02-14', paragraph: 9 };

describe('definiteGenitive', () => {
  it("gives the bodies' names their Swedish definite genitive", () => {
    expect(
      [
        'Förbundsstyrelse',
        'Styrelsen',
        'Arbetsutskott',
        'Beredningsgrupp',
        'Strategisk chefsgrupp',
        'Revisorer',
        'Kansli',
        'Medlemssamråd',
        'Presidium',
        'Ledningsgruppen',
        'SNS',
      ].map(definiteGenitive),
    ).toEqual([
      'Förbundsstyrelsens',
      'Styrelsens',
      'Arbetsutskottets',
      'Beredningsgruppens',
      'Strategisk chefsgruppens',
      'Revisorernas',
      'Kansliets',
      'Medlemssamrådets',
      'Presidiets',
      'Ledningsgruppens',
      'SNS',
    ]);
  });
});

describe('the texts of a decision', () => {
  it('writes the plan page\'s line as the brief asks: "Fastställd vid Förbundsstyrelsens möte den 29 november 2019, § 20"', () => {
    expect(adoptedAtText(t, adoption)).toBe(
      'Fastställd vid Förbundsstyrelsens möte den 29 november 2019, § 20',
    );
    expect(adoptedAtText(t, { ...adoption, paragraph: null })).toBe(
      'Fastställd vid Förbundsstyrelsens möte den 29 november 2019',
    );
  });

  it('names a decision by body, date and §, and says what corrected it', () => {
    expect(decisionRefText(t, correction)).toBe('Förbundsstyrelse 14 februari 2020 § 9');
    expect(correctedByText(t, { correctedBy: [correction] })).toBe(
      'Rättat genom Förbundsstyrelse 14 februari 2020 § 9',
    );
    expect(correctedByText(t, { correctedBy: [] })).toBe('');
  });

  it('exports the register with a heading row and one row per decision', () => {
    const row: DecisionRowText = {
      ...adoption,
      title: 'Verksamhetsplan och budget 2020–2022',
      kind: 'plan',
      concerns: { kind: 'plan', id: 'p1', name: 'Verksamhetsplan och budget 2020–2022' },
      corrects: null,
      correctedBy: [correction],
    };
    expect(decisionsSheet(t, [row])).toEqual([
      ['Datum', 'Organ', '§', 'Beslut', 'Slag', 'Gäller', 'Rättelser'],
      [
        '2019-11-29',
        'Förbundsstyrelse',
        20,
        'Verksamhetsplan och budget 2020–2022',
        'Verksamhetsplan',
        'Verksamhetsplan: Verksamhetsplan och budget 2020–2022',
        'Rättat genom Förbundsstyrelse 14 februari 2020 § 9',
      ],
    ]);
  });
});

describe('kindText', () => {
  it("adds a grant decision's outcome and amount to its kind", () => {
    expect(kindText(t, { kind: 'grant', grantOutcome: 'granted', grantedAmountOre: 457_000_00 })).toBe(
      'Insats och medel – Bifall, 457\u00a0000\u00a0kr',
    );
    expect(kindText(t, { kind: 'grant', grantOutcome: 'rejected', grantedAmountOre: null })).toBe(
      'Insats och medel – Avslag',
    );
    expect(kindText(t, { kind: 'plan' })).toBe('Verksamhetsplan');
  });
});
