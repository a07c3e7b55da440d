import { workbookSheetNames } from '@samsyn/domain/testing';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import type { Translate } from '../audit/audit-values.ts';
import { swedishWallClock, textCell } from './workbook-cells.ts';
import {
  auditSheet,
  budgetSheet,
  contributionsSheet,
  interventionsSheet,
  membersSheet,
  participantsSheet,
  type WorkbookData,
  workbookSheets,
} from './workbook-sheets.ts';
import { xlsxCell } from './write-workbook.ts';

const t = i18n.t.bind(i18n) as unknown as Translate;

const empty: WorkbookData = {
  tenantName: 'Samordningsförbundet Gävleborg',
  members: [],
  budget: [],
  contributions: [],
  actuals: [],
  balances: [],
  forecast: [],
  interventions: [],
  participants: [],
  goals: [],
  localGroups: [],
  team: [],
  audit: [],
};

describe('the workbook sheets', () => {
  it('has one sheet per area, with Swedish names in the order of the menu', () => {
    expect(workbookSheets(empty, t).map((sheet) => sheet.name)).toEqual(workbookSheetNames);
  });

  it('writes budget amounts as exact kronor under Swedish headers, with the line kind in words', () => {
    const sheet = budgetSheet(
      {
        ...empty,
        budget: [
          {
            budgetYear: 2026,
            year: 2026,
            lineName: 'Insatsmedel',
            partOf: null,
            lineKind: 'cost',
            amount: 665_950_000,
          },
          {
            budgetYear: 2026,
            year: 2027,
            lineName: 'IPS',
            partOf: 'Insatsmedel',
            lineKind: 'cost',
            amount: 12_345,
          },
        ],
      },
      t,
    );
    expect(sheet.rows).toEqual([
      ['Budget', 'År', 'Rad', 'Varav-rad i', 'Typ av rad', 'Belopp (kr)'],
      [2026, 2026, 'Insatsmedel', null, 'Kostnad', { kronor: 6_659_500 }],
      [2026, 2027, 'IPS', 'Insatsmedel', 'Kostnad', { kronor: 123.45 }],
    ]);
  });

  it('neutralises a name a spreadsheet would run as a formula, and leaves plain numbers alone', () => {
    const sheet = membersSheet(
      {
        ...empty,
        members: [
          {
            name: '=HYPERLINK("http://x","klick")',
            kind: 'municipality',
            officialCode: '2180',
            joinedOn: '2019-01-01',
            leftOn: null,
          },
        ],
      },
      t,
    );
    expect(sheet.rows[1]).toEqual([
      '\'=HYPERLINK("http://x","klick")',
      'Kommun',
      '2180',
      { date: '2019-01-01' },
      null,
    ]);
    expect(['+46 70', '-5', '@x', '\tx'].map(textCell)).toEqual(["'+46 70", '-5', "'@x", "'\tx"]);
  });

  it('names the funder of each contribution and keeps an override’s comment', () => {
    const sheet = contributionsSheet(
      {
        ...empty,
        contributions: [
          {
            year: 2026,
            period: 'year',
            name: 'Gävle',
            group: 'municipalities',
            amount: 150_000_000,
            comment: 'Enligt avtal',
          },
        ],
      },
      t,
    );
    expect(sheet.rows[0]).toEqual(['År', 'Period', 'Betalas av', 'Finansiär', 'Belopp (kr)', 'Kommentar']);
    expect(sheet.rows[1]).toEqual([
      2026,
      'Helår',
      'Gävle',
      'Kommunerna',
      { kronor: 1_500_000 },
      'Enligt avtal',
    ]);
  });

  it('says the förbund leads an intervention without a lead member, in Swedish words for kind and status', () => {
    const sheet = interventionsSheet(
      {
        ...empty,
        interventions: [
          {
            name: 'IPS Gävle',
            kind: 'individual',
            status: 'ongoing',
            lead: null,
            localGroup: null,
            startDate: '2019-03-01',
            endDate: null,
            isArchived: false,
          },
        ],
      },
      t,
    );
    expect(sheet.rows[1]).toEqual([
      'IPS Gävle',
      'Individinriktad',
      'Pågående',
      'Förbundet',
      null,
      { date: '2019-03-01' },
      null,
      null,
    ]);
  });

  it('puts individual figures in the participant columns and structural ones in the reach columns', () => {
    const g = (women: number, men: number) => ({ total: women + men, women, men, otherUnknown: 0 });
    const sheet = participantsSheet(
      {
        ...empty,
        participants: [
          {
            intervention: 'IPS',
            period: '2026-H1',
            figures: {
              kind: 'individual',
              new: g(3, 2),
              ongoing: g(4, 4),
              ended: g(1, 0),
              outcomes: null,
              ageBandsAtStart: null,
              incomeSourcesAtStart: null,
            },
          },
          {
            intervention: 'Mysam',
            period: '2026',
            figures: {
              kind: 'structural',
              staffReached: 40,
              managersReached: 6,
              unspecifiedReached: 0,
              meetingsHeld: 4,
            },
          },
        ],
      },
      t,
    );
    expect(sheet.rows.slice(1)).toEqual([
      ['IPS', '2026-H1', 5, 3, 2, 0, 8, 1, null, null, null, null],
      ['Mysam', '2026', null, null, null, null, null, null, 40, 6, 0, 4],
    ]);
  });

  it('writes the audit log as the audit page says it, with the time as a date', () => {
    const sheet = auditSheet(
      {
        ...empty,
        audit: [
          {
            occurredAt: '2026-12-04T11:12:00Z',
            actorName: 'Anna Admin',
            action: 'member.add',
            entity: 'member',
            entityId: 'x',
            entityName: 'Gävle',
            before: null,
            after: { name: 'Gävle' },
          },
        ],
      },
      t,
    );
    expect(sheet.rows[0]).toEqual(['Tid', 'Vem', 'Händelse', 'Ändringar']);
    const [time, actor, sentence] = sheet.rows[1] ?? [];
    expect(time).toEqual({ dateTime: '2026-12-04T11:12:00Z' });
    expect(actor).toBe('Anna Admin');
    expect(sentence).toMatch(/Gävle/);
    expect(sentence).not.toMatch(/member\.add/);
  });
});

describe('the xlsx cells', () => {
  it('formats kronor as "# ##0 kr", days as dates and moments in Swedish time', () => {
    expect(xlsxCell({ kronor: 6_659_500 }, false)).toEqual({
      value: 6_659_500,
      type: Number,
      format: '#,##0 "kr"',
    });
    expect(xlsxCell({ date: '2026-03-31' }, false)).toEqual({
      value: new Date(Date.UTC(2026, 2, 31)),
      type: Date,
      format: 'yyyy-mm-dd',
    });
    // 11:12 UTC in December is 12:12 in Stockholm; in July (summer time) 13:12.
    expect(swedishWallClock('2026-12-04T11:12:00Z')).toEqual(new Date(Date.UTC(2026, 11, 4, 12, 12, 0)));
    expect(swedishWallClock('2026-07-04T11:12:00Z')).toEqual(new Date(Date.UTC(2026, 6, 4, 13, 12, 0)));
    expect(xlsxCell('Namn', true)).toEqual({ value: 'Namn', type: String, wrap: true, fontWeight: 'bold' });
  });
});
