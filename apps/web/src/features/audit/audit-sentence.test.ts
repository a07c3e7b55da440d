import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { type AuditEntryData, describeAuditEntry } from './audit-sentence.ts';
import type { Translate } from './audit-values.ts';

const t = i18n.t.bind(i18n) as unknown as Translate;
// Swedish money and numbers group digits with a no-break space.
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');
const describe_ = (entry: Partial<AuditEntryData> & { action: string }) => {
  const text = describeAuditEntry({ entity: '', entityId: null, before: null, after: null, ...entry }, t);
  return { sentence: plain(text.sentence), details: text.details.map(plain) };
};

describe('describeAuditEntry', () => {
  it('says which budget was saved and each changed line in kronor, the year without a space', () => {
    const line = (amount: number) => ({
      code: 'intervention-funds',
      name: 'Insatsmedel',
      kind: 'cost',
      amounts: [amount],
    });
    expect(
      describe_({
        action: 'budget.save',
        entity: 'budget',
        before: { years: [2026], lines: [line(5_700_000_00)] },
        after: { years: [2026], lines: [line(6_000_000_00)] },
      }),
    ).toEqual({ sentence: 'Budget 2026 sparad', details: ['Insatsmedel: 5 700 000 kr → 6 000 000 kr'] });
  });

  it('names the intervention whose status changed, in words', () => {
    expect(
      describe_({
        action: 'intervention.setStatus',
        entity: 'intervention',
        entityName: 'IPS Gävle',
        before: { status: 'ongoing' },
        after: { status: 'ended', effectiveDate: '2026-12-04', isReopening: false },
      }),
    ).toEqual({
      sentence: 'Insatsen IPS Gävle: status pågående → avslutad',
      details: ['Från och med: 4 december 2026'],
    });
  });

  it('writes an intervention budget in kronor', () => {
    expect(
      describe_({
        action: 'budget.save',
        entity: 'intervention',
        entityName: 'IPS Gävle',
        before: { year: 2026, totalBudget: 100_000_00, spendToDate: 0 },
        after: {
          year: 2026,
          totalBudget: 120_000_00,
          spendToDate: 0,
          plannedParticipants: { total: 40, women: 20, men: 20, otherUnknown: 0 },
        },
      }),
    ).toEqual({
      sentence: 'Insatsen IPS Gävle: budget 2026 sparad',
      details: ['Budget: 100 000 kr → 120 000 kr', 'Planerade deltagare: 40'],
    });
  });

  it('gives the balance sheet its sentence and each changed line by name', () => {
    const line = (amount: number) => ({
      code: 'bank',
      name: 'Kassa och bank',
      section: 'currentAssets',
      amount,
    });
    expect(
      describe_({
        action: 'balances.save',
        entity: 'balanceSheet',
        before: [line(1_000_00)],
        after: [line(2_500_00)],
      }),
    ).toEqual({ sentence: 'Balansräkning sparad', details: ['Kassa och bank: 1 000 kr → 2 500 kr'] });
  });

  it('says roles and settings in Swedish words, never as stored values', () => {
    expect(
      describe_({
        action: 'membership.changeRole',
        entity: 'membership',
        entityName: 'Kim Chef',
        before: { role: 'admin' },
        after: { role: 'editor' },
      }).sentence,
    ).toBe('Kim Chef: roll administratör → redigerare');
    expect(
      describe_({
        action: 'settings.update',
        entity: 'settings',
        before: { equityGoalPercent: 20, shareNamedFigures: false },
        after: { equityGoalPercent: 15, shareNamedFigures: true },
      }),
    ).toEqual({
      sentence: 'Förbundets inställningar ändrade',
      details: ['Mål för eget kapital (%): 20 → 15', 'Siffror med namn: Nej → Ja'],
    });
  });

  it('reads invitations and the onboarding as sentences', () => {
    expect(
      describe_({
        action: 'invitation.create',
        entity: 'invitation',
        after: { email: 'a@b.se', role: 'editor' },
      }).sentence,
    ).toBe('Inbjudan skickad till a@b.se som redigerare');
    expect(
      describe_({
        action: 'tenant.onboard',
        entity: 'tenant',
        after: { name: 'Samordningsförbundet Test', members: ['Försäkringskassan', 'Uppsala kommun'] },
      }),
    ).toEqual({
      sentence: 'Förbundet Samordningsförbundet Test upplagt med 2 medlemmar',
      details: ['Försäkringskassan, Uppsala kommun'],
    });
  });

  it('falls back to the catalogue’s name of an unknown event, and never shows JSON or field keys', () => {
    const text = describe_({
      action: 'something.new',
      entity: 'thing',
      before: { name: 'A', secretKey: 1, nested: { a: 1 } },
      after: { name: 'B', secretKey: 2, nested: { a: 2 } },
    });
    expect(text).toEqual({ sentence: 'Ändring i Samsyn', details: ['Namn: A → B'] });
    expect(describe_({ action: 'auth.login', entity: 'user' }).sentence).toBe('Inloggning');
  });

  it('names every board action the API records, with what it is about', () => {
    const actions = [
      ...['create', 'update', 'delete'].map((verb) => `board.body.${verb}`),
      ...['create', 'update', 'delete'].map((verb) => `board.person.${verb}`),
      ...['create', 'update', 'end', 'delete'].map((verb) => `board.seat.${verb}`),
      ...['create', 'update', 'delete'].map((verb) => `board.seatRule.${verb}`),
      ...['create', 'update', 'markHeld', 'numberParagraphs', 'approve', 'delete'].map(
        (verb) => `boardMeeting.${verb}`,
      ),
      ...['create', 'update', 'move', 'delete'].map((verb) => `boardAgendaItem.${verb}`),
      'boardDocument.create',
      'boardDocument.delete',
      'boardAttendance.save',
      'boardConflict.declare',
      'boardConflict.withdraw',
      ...['create', 'update', 'delete'].map((verb) => `boardDecision.${verb}`),
    ];
    for (const action of actions) expect(describe_({ action }).sentence, action).not.toBe('Ändring i Samsyn');
    expect(
      describe_({
        action: 'boardMeeting.approve',
        entity: 'boardMeeting',
        entityName: 'Förbundsstyrelse 2019-02-15',
      }).sentence,
    ).toBe('Protokoll justerat: Förbundsstyrelse 2019-02-15');
  });
});
